export const models = [
  { id: "gemma2-9b-it", name: "gemma2-9b-it (Google)" },
  { id: "llama-3.1-8b-instant", name: "llama-3.1-8b-instant (Meta)" },
  { id: "llama-3.3-70b-versatile", name: "llama-3.3-70b-versatile (Meta)" },
  {
    id: "deepseek-r1-distill-llama-70b",
    name: "deepseek-r1-distill-llama-70b (DeepSeek/Meta)",
  },
  {
    id: "meta-llama/llama-4-maverick-17b-128e-instruct",
    name: "llama-4-maverick-17b-128e-instruct (Meta)",
  },
  {
    id: "meta-llama/llama-4-scout-17b-16e-instruct",
    name: "llama-4-scout-17b-16e-instruct (Meta)",
  },
  { id: "mistral-saba-24b", name: "mistral-saba-24b (Mistral AI)" },
  { id: "qwen-qwq-32b", name: "qwen-qwq-32b (Alibaba Cloud)" },
  { id: "qwen/qwen3-32b", name: "qwen3-32b (Alibaba Cloud)" },
  { id: "compound-beta", name: "compound-beta (Groq)" },
  { id: "compound-beta-mini", name: "compound-beta-mini (Groq)" },
];
