import Fastify from 'fastify';
import WebSocket from 'ws';
import dotenv from 'dotenv';
import fastifyFormBody from '@fastify/formbody';
import fastifyWs from '@fastify/websocket';
import twilio from 'twilio';
dotenv.config();

const fastify = Fastify();
fastify.register(fastifyFormBody);
fastify.register(fastifyWs);

const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, PHONE_NUMBER_FROM, DOMAIN: rawDomain, OPENAI_API_KEY } = process.env;

const SYSTEM_MESSAGE = `
You are a helpful, casual, and friendly AI assistant. Answer clearly, solve problems fully,
keep the tone relaxed, and end with good vibes when it fits.
`;
const VOICE = 'sage';
const DOMAIN = rawDomain.replace(/(^\w+:|^)\/\//, '').replace(/\/+$/, '');
const PORT = process.env.PORT || 6060;
const outboundTwiML = `<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="wss://${DOMAIN}/media-stream" /></Connect></Response>`;
const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

async function makeCall(to) {
  const call = await client.calls.create({ from: PHONE_NUMBER_FROM, to, twiml: outboundTwiML });
  console.log(`Call started with SID: ${call.sid}`);
}

fastify.register(async (fastify) => {
  fastify.get('/media-stream', { websocket: true }, (connection, req) => {
    let streamSid = null;

    const openAiWs = new WebSocket('wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-10-01', {
      headers: {
        Authorization: `Bearer ${OPENAI_API_KEY}`,
        "OpenAI-Beta": "realtime=v1"
      }
    });

    const sendInitialSessionUpdate = () => {
      openAiWs.send(JSON.stringify({
        type: 'session.update',
        session: {
          turn_detection: { type: 'server_vad' },
          input_audio_format: 'g711_ulaw',
          output_audio_format: 'g711_ulaw',
          voice: VOICE,
          instructions: SYSTEM_MESSAGE,
          modalities: ["text", "audio"],
          temperature: 0.8,
        }
      }));
      openAiWs.send(JSON.stringify({ type: 'response.create' }));
    };

    openAiWs.on('open', () => setTimeout(sendInitialSessionUpdate, 100));

    openAiWs.on('message', (data) => {
      const response = JSON.parse(data);
      if (response.type === 'response.audio.delta' && response.delta) {
        connection.send(JSON.stringify({ event: 'media', streamSid, media: { payload: response.delta } }));
      }
    });

    connection.on('message', (message) => {
      const data = JSON.parse(message);
      if (data.event === 'media' && openAiWs.readyState === WebSocket.OPEN) {
        openAiWs.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: data.media.payload }));
      } else if (data.event === 'start') {
        streamSid = data.start.streamSid;
      }
    });

    connection.on('close', () => openAiWs.close());
  });
});

fastify.listen({ port: PORT }, (err) => {
  if (err) process.exit(1);
  const arg = process.argv.slice(2).find(a => a.startsWith('--call='));
  if (arg) makeCall(arg.split('=')[1].trim());
});
