export const openRouterAPIModels: openRouterAPIModelI[] = [
  {
    modelName: "Google: LearnLM 1.5 Pro Experimental",
    id: "google/learnlm-1.5-pro-experimental:free",
  },
  {
    modelName: "Meta: Llama 3.2 1B Instruct",
    id: "meta-llama/llama-3.2-1b-instruct:free",
  },
  {
    modelName: "Mistral: Mistral 7B Instruct",
    id: "mistralai/mistral-7b-instruct:free",
  },
  {
    modelName: "Qwen2.5 7B Instruct",
    id: "qwen/qwen-2.5-7b-instruct:free",
  },
  {
    modelName: "Meta: Llama 3.1 8B Instruct",
    id: "meta-llama/llama-3.1-8b-instruct:free",
  },
];
