/**
 * Cloudflare Worker calling Workers AI.
 * Bindings are declared in `wrangler.jsonc`.
 * Docs: https://developers.cloudflare.com/workers/
 */

export interface Env {
  AI: Ai;
}

export default {
  async fetch(request, env): Promise<Response> {
    const response = await env.AI.run("@cf/meta/llama-3.3-70b-instruct-fp8-fast", {
      prompt: "Where does the phrase Hello, World come from?",
    });
    return new Response(JSON.stringify(response));
  },
} satisfies ExportedHandler<Env>;
