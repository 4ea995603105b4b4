import { convertToModelMessages, stepCountIs, streamText, UIMessage } from "ai";
import { createOllama } from "ollama-ai-provider-v2";
import { OLLAMA_BASE_URL } from "@/constants";
import { getAdditionalContext } from "@/lib/tools";

const ollama = createOllama({ baseURL: OLLAMA_BASE_URL });

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages, model, systemPrompt, modelSupportsTools, selectedCollection }: {
    messages: UIMessage[];
    model: string;
    systemPrompt?: string;
    modelSupportsTools?: boolean;
    selectedCollection?: string | null;
  } = await req.json();

  if (modelSupportsTools) {
    const extra = selectedCollection
      ? `\n\nUse the '${selectedCollection}' collection with the getAdditionalContext tool.`
      : ` No collection selected; ask the user to pick one if needed.`;
    const result = streamText({
      // model: ollama(model || "granite4"),
      model: ollama(model),
      system: (systemPrompt || "") + extra,
      messages: convertToModelMessages(messages),
      abortSignal: req.signal,
      tools: { getAdditionalContext },
      stopWhen: stepCountIs(5),
    });
    return result.toUIMessageStreamResponse();
  }

  const result = streamText({
    model: ollama(model),
    system: systemPrompt,
    messages: convertToModelMessages(messages),
    abortSignal: req.signal,
  });
  return result.toUIMessageStreamResponse();
}
