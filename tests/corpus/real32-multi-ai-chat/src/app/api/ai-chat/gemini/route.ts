import { NextRequest, NextResponse } from "next/server";
import { GoogleGenAI } from '@google/genai';
import { ChatErrorImpl, ChatResponse, chatRequestSchema, createErrorResponse } from "../types";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

const config = {
  model: 'gemini-2.0-flash-001',
};

export async function POST(req: NextRequest): Promise<NextResponse<ChatResponse>> {
  try {
    if (!process.env.GEMINI_API_KEY) {
      throw new ChatErrorImpl("Gemini API key is not configured", 500, "CONFIGURATION_ERROR");
    }
    const body = await req.json();
    const validationResult = chatRequestSchema.safeParse(body);
    if (!validationResult.success) {
      throw new ChatErrorImpl("Invalid request format", 400, "VALIDATION_ERROR", validationResult.error);
    }
    const { messages, stream } = validationResult.data;
    const contents = messages.map(msg => ({
      role: msg.role === "assistant" ? "model" : "user",
      parts: [{ text: msg.content }],
    }));

    if (stream) {
      const response = await ai.models.generateContentStream({ model: config.model, contents });
      let fullContent = "";
      for await (const chunk of response) {
        if (chunk.text) fullContent += chunk.text;
      }
      return NextResponse.json({ reply: fullContent });
    }
    const response = await ai.models.generateContent({
      model: config.model,
      contents: contents,
    });
    const reply = response.candidates?.[0]?.content?.parts?.[0]?.text || "";
    return NextResponse.json({ reply });
  } catch (error) {
    const chatError = createErrorResponse(error, "Failed to get response from Gemini");
    return NextResponse.json({ reply: "", error: chatError.message }, { status: chatError.statusCode });
  }
}
