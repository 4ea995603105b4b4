import OpenAI from "openai";

// the newest OpenAI model is "gpt-4o" which was released May 13, 2024. do not change this unless explicitly requested by the user
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export interface TeacherResponse {
  message: string;
  corrections: {
    mistakes: Array<{
      original: string;
      correction: string;
      explanation: string;
    }>;
  };
}

export async function getTeacherResponse(
  transcript: string,
  settings: { grammarTenses: string[]; vocabularySets: string[] }
): Promise<TeacherResponse> {
  const response = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      {
        role: "system",
        content: `You are a friendly Colombian Spanish teacher. 
        Focus on these grammar tenses: ${settings.grammarTenses.join(", ")}.
        Use vocabulary from these sets: ${settings.vocabularySets.join(", ")}.
        Analyze the student's Spanish speech and provide corrections in JSON format with:
        1. A friendly message continuing the conversation
        2. Any grammar or vocabulary mistakes found`
      },
      {
        role: "user",
        content: transcript
      }
    ],
    response_format: { type: "json_object" }
  });

  const content = response.choices[0].message.content;
  if (!content) {
    throw new Error("No response received from OpenAI");
  }

  return JSON.parse(content) as TeacherResponse;
}