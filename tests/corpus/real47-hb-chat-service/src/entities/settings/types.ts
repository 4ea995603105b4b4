export type Settings = {
  model: string
  systemPrompt: string
}

export type ModelOption = {
  id: string
  name: string
  description: string
}
