import { OpenAI } from "openai";
import { LLMProvider, Message } from "../../interfaces/llm";
import { OPENAI_API_KEY } from "@repo/env";

const client = new OpenAI({ apiKey: OPENAI_API_KEY });

export class OpenAIProvider implements LLMProvider {
  async complete(messages: Message[]): Promise<string> {
    const res = await client.chat.completions.create({
      model: "gpt-4",
      messages,
      temperature: 0.2,
    });
    const text = res.choices?.[0]?.message?.content;
    if (!text) {
      throw new Error("OpenAI returned no content.");
    }
    return text.trim();
  }
}
