/**
 * Ollama Runtime Adapter for assistant-ui
 *
 * Creates a custom runtime that uses ollama/browser directly for a static SPA.
 */

import { useLocalRuntime } from "@assistant-ui/react";
import type { ChatModelAdapter } from "@assistant-ui/react";
import { ollamaClient } from "./ollama-client";
import { useModelStore } from "./stores/model-store";
import { VisionImageAdapter } from "./vision-image-adapter";

type TextContent = { type: "text"; text: string };
type AttachmentImageContent = { type: "image"; image: string };
type MessageAttachment = { id: string; type: "image" | "file"; name: string; content: AttachmentImageContent[] };

export function useOllamaRuntime() {
  const adapter: ChatModelAdapter = {
    async *run({ messages, abortSignal }) {
      // Get current model from Zustand store
      const model = useModelStore.getState().selectedModel || "gemma3:latest";

      const ollamaMessages = messages.map((msg) => {
        const textContent = msg.content
          .filter((c): c is TextContent => c.type === "text")
          .map((c) => c.text)
          .join("");
        const attachments = (msg.attachments || []) as MessageAttachment[];
        // Strip data URL prefix (e.g., "data:image/jpeg;base64,")
        const images = attachments
          .filter((att) => att.type === "image")
          .flatMap((att) => att.content.map((c) => (c.image.includes(",") ? c.image.split(",")[1] : c.image)));
        return {
          role: msg.role === "user" ? "user" : "assistant",
          content: textContent || "",
          ...(images.length > 0 ? { images } : {}),
        };
      });

      const messagesWithSystem = [{ role: "system", content: "You are a helpful assistance." }, ...ollamaMessages];

      try {
        let accumulatedText = "";
        const response = await ollamaClient.chat({ model, messages: messagesWithSystem, stream: true });
        for await (const chunk of response) {
          if (abortSignal?.aborted) break;
          accumulatedText += chunk.message.content;
          yield { content: [{ type: "text" as const, text: accumulatedText }] };
        }
      } catch (error) {
        console.error("Ollama runtime error:", error);
        yield {
          content: [{ type: "text" as const, text: "" }],
          status: {
            type: "incomplete" as const,
            reason: "error" as const,
            error: error instanceof Error ? error.message : String(error),
          },
        };
      }
    },
  };

  return useLocalRuntime(adapter, { adapters: { attachments: new VisionImageAdapter() } });
}
