import { groq } from "../lib/groq-initialization";
import dotenv from "dotenv";
dotenv.config();

export const getGroqCompletion = async (
  messages: any[],
  model = "gemma2-9b-it"
) => {
  const starttime = Date.now();
  const completion = await groq.chat.completions.create({
    messages,
    model,
    temperature: 1,
    max_tokens: 1024,
    top_p: 1,
    stream: true,
  });
  let fullMessage = "";
  for await (const chunk of completion) {
    fullMessage += chunk.choices[0].delta.content || "";
    console.log(" chunk time:", (Date.now() - starttime) / 1000);
  }
  return fullMessage;
};
