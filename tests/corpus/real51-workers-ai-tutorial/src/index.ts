/**
 * A first Cloudflare Worker.
 *
 * - `npm run dev` starts a local server at http://localhost:8787/
 * - `npm run deploy` publishes the worker
 *
 * Bindings live in `wrangler.toml`; regenerate the `Env` type with `npm run cf-typegen`.
 */

import type { Ai } from "@cloudflare/ai";

type Env = {
	AI: Ai;
};

export default {
	async fetch(request, env, ctx): Promise<Response> {
		const res = await env.AI.run("@cf/meta/llama-3-8b-instruct", {
			prompt: "hello, How are you?",
		});
		return new Response(JSON.stringify(res));
	},
} satisfies ExportedHandler<Env>;
