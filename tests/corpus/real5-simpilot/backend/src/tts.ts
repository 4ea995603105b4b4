import OpenAI from "openai"
import dotenv from "dotenv"
import { Readable } from "stream"
import { Command, TTSObject } from "../interfaces"
import { callSignToNato } from "./string_processing"

const voiceModels = ["p225", "p226", "p227"]
dotenv.config()
const openai = new OpenAI()

const style = "Speak like an airline pilot acknowledging a command: quick and relaxed."

const toBuffer = (stream: Readable): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    stream.on("data", (c) => parts.push(c))
    stream.on("end", () => resolve(Buffer.concat(parts)))
    stream.on("error", reject)
  })

const sendTTS = async (input: string): Promise<Buffer> => {
  const response = await openai.audio.speech.create({
    model: "gpt-4o-mini-tts",
    voice: "verse",
    input,
    instructions: style,
    response_format: "wav",
  })
  if (response.body && response.body instanceof Readable) {
    return toBuffer(response.body)
  }
  throw new Error("unexpected response body")
}

export const commandToSpeech = async (cmd: Command): Promise<TTSObject> => {
  const phrase = `Roger, ${callSignToNato(cmd.callSign)}.`
  const audio = await sendTTS(phrase)
  return { audio: audio.toString("base64"), pilotSentence: phrase } as TTSObject
}
