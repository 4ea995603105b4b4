import { platform, arch } from "node:os"
import { join, dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

const pkg = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf-8")) as { version: string }
export const VERSION = pkg.version

interface NativeBinding {
  initialize(dylibPath: string): boolean
  loadModel(modelId: string): number
  unloadModel(handle: number): void
  generate(handle: number, prompt: string, options?: Record<string, number>): string
  isAvailable(): boolean
  getVersion(): string
}

let binding: NativeBinding | null = null

function loadBinding(): NativeBinding {
  if (binding) return binding
  if (platform() !== "darwin" || arch() !== "arm64") {
    throw new Error("node-mlx needs macOS on Apple Silicon")
  }
  const addon = join(here, "..", "prebuilds", "darwin-arm64", "node.napi.node")
  binding = require(existsSync(addon) ? addon : join(here, "..", "native", "build", "Release", "node_mlx.node")) as NativeBinding
  binding.initialize(join(here, "..", "swift", "libNodeMLX.dylib"))
  return binding
}

export interface GenerationOptions {
  maxTokens?: number
  temperature?: number
  topP?: number
}

// MARK: - Recommended Models

export const RECOMMENDED_MODELS = {
  // Qwen 3, 4-bit community quants
  qwen: "mlx-community/Qwen3-4B-4bit",
  qwen3: "mlx-community/Qwen3-4B-4bit",
  "qwen3-4b": "mlx-community/Qwen3-4B-4bit",
  "qwen3-8b": "mlx-community/Qwen3-8B-4bit",
  "qwen3-32b": "mlx-community/Qwen3-32B-4bit",

  // Phi 4
  phi: "mlx-community/phi-4-4bit",
  phi4: "mlx-community/phi-4-4bit",

  // Llama 4 Scout
  llama: "mlx-community/Llama-4-Scout-17B-16E-Instruct-4bit",
  llama4: "mlx-community/Llama-4-Scout-17B-16E-Instruct-4bit",
  "llama4-17b": "mlx-community/Llama-4-Scout-17B-16E-Instruct-4bit",

  // Gemma 3
  gemma: "mlx-community/gemma-3-1b-it-4bit",
  gemma3: "mlx-community/gemma-3-1b-it-4bit",
  "gemma3-1b": "mlx-community/gemma-3-1b-it-4bit",
  "gemma3-1b-bf16": "mlx-community/gemma-3-1b-it-bf16",
  "gemma3-4b": "mlx-community/gemma-3-4b-it-4bit",
  "gemma3-4b-bf16": "mlx-community/gemma-3-4b-it-bf16",
  "gemma3-12b": "mlx-community/gemma-3-12b-it-4bit",
  "gemma3-27b": "mlx-community/gemma-3-27b-it-4bit",

  // Gemma 3n: text-only (-lm) variants
  gemma3n: "mlx-community/gemma-3n-E4B-it-lm-4bit",
  "gemma3n-e2b": "mlx-community/gemma-3n-E2B-it-lm-4bit",
  "gemma3n-e4b": "mlx-community/gemma-3n-E4B-it-lm-4bit"
} as const

export type RecommendedModelKey = keyof typeof RECOMMENDED_MODELS

/**
 * Map an alias to a full HuggingFace id.
 * @param modelId - a full id (e.g. "mlx-community/phi-4-4bit") or an alias such as "phi4"
 */
function resolveModelId(modelId: string): string {
  if (modelId in RECOMMENDED_MODELS) {
    return RECOMMENDED_MODELS[modelId as RecommendedModelKey]
  }
  return modelId
}

/**
 * Load a model from HuggingFace or a local path.
 * @param modelId - e.g. "mlx-community/gemma-3n-E2B-it-4bit", or a local directory
 */
export function loadModel(modelId: string) {
  const b = loadBinding()
  const handle = b.loadModel(resolveModelId(modelId))
  return {
    handle,
    generate(prompt: string, options?: GenerationOptions) {
      return JSON.parse(b.generate(handle, prompt, {
        maxTokens: options?.maxTokens ?? 256,
        temperature: options?.temperature ?? 0.7,
        topP: options?.topP ?? 0.9
      }))
    },
    unload(): void {
      b.unloadModel(handle)
    }
  }
}

export function generate(modelId: string, prompt: string, options?: GenerationOptions) {
  const m = loadModel(modelId)
  try {
    return m.generate(prompt, options)
  } finally {
    m.unload()
  }
}
