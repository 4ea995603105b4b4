import OpenAI from "openai";
import type { TripPreference, TripPlan } from "../types";

export const openai = new OpenAI({
  apiKey: import.meta.env.VITE_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true, // production should proxy through a backend
});

export async function generateTripPlan(preferences: TripPreference[]): Promise<TripPlan> {
  const systemPrompt = `You are an expert travel planner. Build one plan that fits every member of the group,
balancing budgets, interests, dietary needs and pace.`;

  const userPrompt = `Plan a trip for a group with these preferences:
${JSON.stringify(preferences, null, 2)}

Answer as JSON: {"destination": "...", "activities": [], "accommodation": "...", "schedule": []}`;

  try {
    const response = await openai.chat.completions.create({
      model: "gpt-3.5-turbo",
      messages: [
        { role: "system", content: systemPrompt },
        { role: "user", content: userPrompt },
      ],
      temperature: 0.7,
      response_format: { type: "json_object" },
    });
    return JSON.parse(response.choices[0].message.content);
  } catch (error) {
    console.error("Failed to generate trip plan:", error);
    throw error;
  }
}
