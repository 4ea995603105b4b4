import { openai } from "@ai-sdk/openai";
import { streamText, tool } from "ai";
import { z } from "zod";
import { findRelevantContent } from "@/lib/ai/embeddings";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages } = await req.json();

  const result = streamText({
    model: openai("gpt-4o"),
    messages,
    system: `You are a travel assistant. Always consult the knowledge base first.
    Answer only with information returned by tool calls.
    If nothing relevant comes back, reply "Sorry, I don't know."`,
    tools: {
      getInformation: tool({
        description: `look up the knowledge base to answer a question.`,
        parameters: z.object({
          question: z.string().describe("the user's question"),
        }),
        execute: async ({ question }) => findRelevantContent(question),
      }),
    },
  });

  return result.toDataStreamResponse();
}
