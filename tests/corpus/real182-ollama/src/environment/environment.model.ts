export interface Environment {
    apiUrl: string;
    chromaUrl: string;
    ollamaUrl: string;
    llmModel: string;
    embedderModel: string;
    defaultCollection: string;
  };