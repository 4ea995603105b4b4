import { streamText } from "ai"
import { openai } from "@ai-sdk/openai"

export async function POST(req: Request) {
  const { messages } = await req.json()

  const result = await streamText({
    model: openai("gpt-4o-mini"),
    messages,
    system: "You are a helpful assistant...",
  })

  return result.toUIMessageStreamResponse()
}
