import { NextRequest, NextResponse } from "next/server";
import OpenAI from "openai";
import { ChatErrorImpl, ChatResponse, chatRequestSchema, createErrorResponse } from "../types";

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  organization: process.env.OPENAI_ORG_ID,
});

const config = {
  model: "gpt-3.5-turbo",
  maxTokens: 1000,
  temperature: 0.7,
  topP: 1,
};

export async function POST(req: NextRequest): Promise<NextResponse<ChatResponse>> {
  try {
    if (!process.env.OPENAI_API_KEY) {
      throw new ChatErrorImpl("OpenAI API key is not configured", 500, "CONFIGURATION_ERROR");
    }
    const body = await req.json();
    const validationResult = chatRequestSchema.safeParse(body);
    if (!validationResult.success) {
      throw new ChatErrorImpl("Invalid request format", 400, "VALIDATION_ERROR", validationResult.error);
    }
    const { messages, parameters } = validationResult.data;
    const completion = await openai.chat.completions.create({
      model: config.model,
      messages: messages.map(msg => ({ role: msg.role, content: msg.content })),
      temperature: config.temperature,
      max_tokens: config.maxTokens,
      top_p: config.topP,
      ...parameters,
    });
    const reply = (completion as OpenAI.ChatCompletion).choices[0]?.message?.content || "";
    return NextResponse.json({ reply });
  } catch (error) {
    const chatError = createErrorResponse(error, "Failed to get response from OpenAI");
    return NextResponse.json({ reply: "", error: chatError.message }, { status: chatError.statusCode });
  }
}
