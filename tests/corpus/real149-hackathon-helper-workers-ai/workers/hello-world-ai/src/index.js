/**
 * Hello-world Worker calling Workers AI.
 *
 * - `npm run dev` for a local server
 * - http://localhost:8787/ to see it
 * - `npm run deploy` to publish
 *
 * More at https://developers.cloudflare.com/workers/
 */

export default {
	async fetch(request, env, ctx) {
		const result = await env.AI.run('@cf/meta/llama-3-8b-instruct', {
			prompt: 'Say Hello, World in ten different languages.',
		});
		return Response.json(result);
	},
};
