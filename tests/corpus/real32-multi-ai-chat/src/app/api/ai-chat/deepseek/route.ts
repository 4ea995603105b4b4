import { NextRequest, NextResponse } from "next/server";
import axios from "axios";
import { ChatErrorImpl, ChatResponse, chatRequestSchema, createErrorResponse } from "../types";

const config = {
  endpoint: "https://api.deepseek.com/chat/completions",
  model: "deepseek-chat",
  temperature: 0.7,
  maxTokens: 1000,
  headers: {
    "Content-Type": "application/json",
    "Authorization": `Bearer ${process.env.DEEPSEEK_API_KEY}`,
  },
};

export async function POST(req: NextRequest): Promise<NextResponse<ChatResponse>> {
  try {
    if (!process.env.DEEPSEEK_API_KEY) {
      throw new ChatErrorImpl("DeepSeek API key is not configured", 500, "CONFIGURATION_ERROR");
    }
    const body = await req.json();
    const validationResult = chatRequestSchema.safeParse(body);
    if (!validationResult.success) {
      throw new ChatErrorImpl("Invalid request format", 400, "VALIDATION_ERROR", validationResult.error);
    }
    const { messages, parameters } = validationResult.data;
    const requestBody = {
      model: config.model,
      messages: messages.map(msg => ({ role: msg.role, content: msg.content })),
      temperature: config.temperature,
      max_tokens: config.maxTokens,
      ...parameters,
    };
    const res = await axios.post(config.endpoint, requestBody, { headers: config.headers });
    const reply = res.data.choices?.[0]?.message?.content || "";
    return NextResponse.json({ reply });
  } catch (error) {
    const chatError = createErrorResponse(error, "Failed to get response from DeepSeek");
    return NextResponse.json({ reply: "", error: chatError.message }, { status: chatError.statusCode });
  }
}
