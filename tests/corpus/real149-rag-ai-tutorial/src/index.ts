/**
 * A first Cloudflare Worker.
 *
 * - `npm run dev` starts a local dev server
 * - open http://localhost:8787/ to try it
 * - `npm run deploy` publishes it
 *
 * Bindings are declared in `wrangler.json`; regenerate the `Env` types with `npm run cf-typegen`.
 *
 * Docs: https://developers.cloudflare.com/workers/
 */

export default {
	async fetch(request, env, ctx): Promise<Response> {
		const answer = await env.AI.run('@cf/meta/llama-3.3-70b-instruct-fp8-fast', {
			messages: [
				{
					role: 'user',
					content: 'What is the square root of 9?',
				},
			],
		});
		return new Response(JSON.stringify(answer));
	},
} satisfies ExportedHandler<Env>;
