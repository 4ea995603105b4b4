/**
 * mlx: chat with LLMs on Apple Silicon
 *
 *   mlx                          # interactive, default model
 *   mlx --model llama-3.2-1b     # pick a model
 *   mlx "What is 2+2?"           # one-shot
 *   mlx --list                   # list shortcuts
 */

import * as readline from "node:readline"
import { loadModel, RECOMMENDED_MODELS, isSupported } from "node-mlx"
import type { GenerationOptions, RecommendedModelKey } from "node-mlx"

const dim = (s: string) => `\x1b[2m${s}\x1b[0m`

function printModels() {
  for (const [key, value] of Object.entries(RECOMMENDED_MODELS)) {
    console.log(`  ${key.padEnd(16)} ${dim(value)}`)
  }
  console.log(dim("Or any mlx-community model: mlx --model mlx-community/Phi-4-mini-instruct-4bit"))
}

function resolveModel(name: string): string {
  if (name in RECOMMENDED_MODELS) {
    return RECOMMENDED_MODELS[name as RecommendedModelKey]
  }
  if (name.includes("/")) {
    return name
  }
  // bare names are looked up under mlx-community
  return `mlx-community/${name}`
}

async function chat(modelName: string, options: GenerationOptions) {
  const model = loadModel(resolveModel(modelName))
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout })
  const ask = () =>
    rl.question("You: ", (line) => {
      if (line.trim() === "/quit") return rl.close()
      console.log("AI:", model.generate(`User: ${line}\nAssistant:`, options).text)
      ask()
    })
  rl.on("close", () => model.unload())
  ask()
}

function parseArgs() {
  const args = process.argv.slice(2)
  let model = "llama-3.2-1b"
  let prompt: string | null = null
  let list = false
  const options: GenerationOptions = { maxTokens: 512, temperature: 0.7, topP: 0.9 }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === "--model" || a === "-m") model = args[++i] || model
    else if (a === "--list" || a === "-l") list = true
    else if (a === "--temp" || a === "-t") options.temperature = parseFloat(args[++i] || "0.7")
    else if (!a.startsWith("-")) prompt = a
  }
  return { model, prompt, list, options }
}

async function main() {
  if (!isSupported()) {
    console.error("node-mlx requires macOS on Apple Silicon")
    process.exit(1)
  }
  const { model, prompt, list, options } = parseArgs()
  if (list) return printModels()
  if (prompt) {
    const m = loadModel(resolveModel(model))
    console.log(m.generate(prompt, options).text)
    m.unload()
    return
  }
  await chat(model, options)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
