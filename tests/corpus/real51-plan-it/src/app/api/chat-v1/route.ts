import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

// Streaming responses may take up to 30 seconds
export const maxDuration = 30;

/**
 * Minimal chat endpoint
 * @link https://sdk.vercel.ai/docs/getting-started/nextjs-app-router#create-a-route-handler
 */
export async function POST(req: Request) {
  const { messages } = await req.json();

  const result = streamText({
    model: openai("gpt-4o"),
    messages,
  });

  return result.toDataStreamResponse();
}
