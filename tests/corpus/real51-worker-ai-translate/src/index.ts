/**
 * Worker that calls a Workers AI text model.
 * Bindings live in `wrangler.toml`.
 */
import { Ai } from '@cloudflare/ai'

interface Env {
	AI: string;
}

export default {
  async fetch(request: Request, env: Env) {
    const ai = new Ai(env.AI);
    const input = { prompt: "Translate 'Hello, World' into Spanish" };
    const output = await ai.run('@cf/meta/llama-2-7b-chat-int8', input);
    return new Response(JSON.stringify(output));
  },
};
