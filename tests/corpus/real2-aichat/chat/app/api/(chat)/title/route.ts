import { google } from "@ai-sdk/google";
import { generateText } from "ai";

export async function POST(req: Request) {
  const { message } = await req.json();
  const firstPart = message.slice(0, 500);
  try {
    const { text } = await generateText({
      model: google("gemini-2.0-flash-lite"),
      prompt: `Write a short title (five words at most) for a chat that starts with this message.
Reply with the title only, without quotes.

Message:
"""
${firstPart}
"""
`,
    });
    return Response.json({ title: text }, { status: 200, headers: { "Content-Type": "application/json" } });
  } catch (err) {
    console.error("title generation failed:", err);
    return new Response("Error generating title", { status: 500 });
  }
}
