export const SUPPORTED_MODELS = {
  docQAndA: "Xenova/donut-base-finetuned-docvqa",
} as const;
