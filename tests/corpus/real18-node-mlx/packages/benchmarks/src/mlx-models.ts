/**
 * Quick size-scaling benchmark across a few MLX models.
 */

import { loadModel } from "node-mlx"

const PROMPT = "Write a haiku about programming:"
const MAX_TOKENS = 30

interface Row {
  model: string
  size: string
  loadMs: number
  tokensPerSec: number
}

const MODELS = [
  { id: "mlx-community/Qwen3-0.6B-4bit", size: "0.6B" },
  { id: "mlx-community/Qwen3-1.7B-4bit", size: "1.7B" },
  { id: "Qwen/Qwen3-4B-MLX-4bit", size: "4B" }, // published by Qwen directly
  { id: "mlx-community/gemma-3-1b-it-4bit", size: "1B" },
  { id: "mlx-community/phi-4-4bit", size: "14B" }
]

async function run(modelId: string, size: string): Promise<Row> {
  const t0 = Date.now()
  const model = loadModel(modelId)
  const loadMs = Date.now() - t0
  const out = model.generate(PROMPT, { maxTokens: MAX_TOKENS, temperature: 0.7 })
  model.unload()
  return { model: modelId.split("/")[1], size, loadMs, tokensPerSec: out.tokensPerSecond }
}

async function main() {
  console.log(`prompt: "${PROMPT}" (max ${MAX_TOKENS} tokens)`)
  const rows: Row[] = []
  for (const m of MODELS) {
    try {
      rows.push(await run(m.id, m.size))
    } catch (e) {
      console.log(`  failed: ${e}`)
    }
  }
  for (const r of rows) {
    console.log(`${r.model.padEnd(30)} ${r.size.padEnd(5)} ${(r.loadMs / 1000).toFixed(1)}s ${r.tokensPerSec.toFixed(0)} t/s`)
  }
  if (rows.length > 0) {
    const best = rows.reduce((a, b) => (a.tokensPerSec > b.tokensPerSec ? a : b))
    console.log(`fastest: ${best.model}`)
  }
}

main().catch(console.error)
