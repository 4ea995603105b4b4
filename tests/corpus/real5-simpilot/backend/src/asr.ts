import fs from "fs"
import dotenv from "dotenv"
import { get_encoding } from "@dqbd/tiktoken"
import FlightDataStore from "./FlightDataStore"
import { FlightData } from "../interfaces"

const encoding = get_encoding("cl100k_base")
dotenv.config()
const config = JSON.parse(fs.readFileSync("../config.json", "utf-8"))
const MAX_PROMPT_TOKENS = 224

export const transcribeData = async (form: FormData) => {
  try {
    form.append("model", config.asr_model)
    const res = await fetch("https://api.openai.com/v1/audio/transcriptions", {
      method: "POST",
      headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
      body: form,
    })
    if (!res.ok) {
      return { error: await res.text() }
    }
    const data = await res.json()
    return data.text
  } catch (err) {
    return { error: "Error processing audio" }
  }
}

export const buildPrompt = (): string => {
  const names = FlightDataStore.getInstance().getAllFlightData().map((d: FlightData) => d.callsign)
  let prompt = names.join(",")
  while (encoding.encode(prompt).length > MAX_PROMPT_TOKENS) {
    prompt = prompt.slice(0, -1)
  }
  return prompt
}
