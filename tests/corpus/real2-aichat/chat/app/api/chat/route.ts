// app/api/chat/route.ts
import { google } from "@ai-sdk/google";
import { openai } from "@ai-sdk/openai";
import { createOpenRouter } from "@openrouter/ai-sdk-provider";
import { streamText } from "ai";
import { errorHandler } from "./errorhandler";

export const runtime = "edge";
export const maxDuration = 30;

const openrouter = createOpenRouter({ apiKey: process.env.OPENROUTER_API_KEY });

export async function POST(req: Request) {
  const { messages, data } = await req.json();
  const modelId = data?.model || "gpt-4.1-nano"; // fall back when the client sends none
  let result;
  if (data?.provider === "openai") {
    result = await streamText({
      model: openai(modelId),
      temperature: 1,
      messages,
      providerOptions: { openai: { reasoningSummary: "detailed" } },
    });
  } else if (data?.provider === "openrouter") {
    result = await streamText({ model: openrouter(modelId), temperature: 1, messages });
  } else if (data?.provider === "gemini") {
    result = await streamText({ model: google(modelId), temperature: 1, messages });
  } else {
    return new Response("Unsupported provider", { status: 400 });
  }
  return result.toDataStreamResponse({ getErrorMessage: errorHandler });
}
