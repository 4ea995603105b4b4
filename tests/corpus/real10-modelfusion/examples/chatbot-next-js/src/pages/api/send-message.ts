import {
  cohere,
  createEventSourceStream,
  llamacpp,
  openai,
  streamText,
  trimChatPrompt,
} from "modelfusion";
import { z } from "zod";

export const config = { runtime: "edge" };

const chatMessage = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string(),
});
const bodySchema = z.array(chatMessage);

const openAiChat = openai.ChatTextGenerator({
  // env vars are not visible in the edge runtime, pass the key explicitly
  api: openai.Api({ apiKey: process.env.OPENAI_API_KEY }),
  model: "gpt-3.5-turbo",
  maxGenerationTokens: 512,
});

// assumes a llama.cpp server running https://huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const localLlama = llamacpp.CompletionTextGenerator({
  promptTemplate: llamacpp.prompt.Llama2,
  contextWindowSize: 4096,
  maxGenerationTokens: 512,
});

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const cohereText = cohere.TextGenerator({
  model: "command",
  maxGenerationTokens: 512,
});

export default async function handler(req: Request): Promise<Response> {
  if (req.method !== "POST") {
    return new Response(JSON.stringify({ error: `Only POST allowed, got ${req.method}` }), {
      status: 405,
      headers: { "Content-Type": "application/json" },
    });
  }

  const parsed = bodySchema.safeParse(await req.json());
  if (!parsed.success) {
    return new Response(JSON.stringify({ error: `Bad body: ${parsed.error}` }), {
      status: 400,
      headers: { "Content-Type": "application/json" },
    });
  }

  const abort = new AbortController();
  req.signal.addEventListener("abort", () => abort.abort());

  // swap in another generator here if you like
  const chat = openAiChat.withChatPrompt();

  const stream = await streamText(
    chat,
    await trimChatPrompt({
      model: chat,
      prompt: {
        system: "You are a helpful chat bot. Answer in markdown.",
        messages: parsed.data,
      },
    }),
    { run: { abortSignal: abort.signal } }
  );

  return new Response(createEventSourceStream(stream), {
    headers: {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      Connection: "keep-alive",
    },
  });
}
