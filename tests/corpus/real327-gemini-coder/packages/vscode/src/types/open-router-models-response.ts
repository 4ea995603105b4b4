type OpenRouterModel = {
  id: string
  name: string
  description: string
  created: number
}
export type OpenRouterModelsResponse = {
  data: OpenRouterModel[]
}
