import { Ai } from '@cloudflare/ai';
import { Hono } from 'hono';
import { streamText } from 'hono/streaming';
import { EventSourceParserStream } from 'eventsource-parser/stream';

const app = new Hono();

app.post('/api/chat', async (c) => {
	const payload = await c.req.json();
	const ai = new Ai(c.env.AI);
	const messages = [...payload.messages];
	if (payload?.config?.systemMessage) {
		messages.unshift({ role: 'system', content: payload.config.systemMessage });
	}
	console.log('Model', payload.config.model);
	const eventSourceStream = await ai.run(payload.config.model, { messages, stream: true });
	const tokenStream = eventSourceStream.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());

	return streamText(c, async (stream) => {
		for await (const msg of tokenStream) {
			if (msg.data !== '[DONE]') {
				stream.write(JSON.parse(msg.data).response);
			}
		}
	});
});

app.get('/*', (c) => c.env.ASSETS.fetch(c.req.raw));

export default app;
