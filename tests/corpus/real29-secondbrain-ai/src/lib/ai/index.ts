import { google } from "@ai-sdk/google";

export const gemini = google("gemini-1.5-pro")
