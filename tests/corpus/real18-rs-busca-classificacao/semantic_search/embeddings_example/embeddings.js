import { pipeline } from "@huggingface/transformers"

const embed = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2", { dtype: "q8" })

const vec = await embed("oi, tudo certo? eu sou o arthur", { pooling: "mean", normalize: true })
console.log(vec)
