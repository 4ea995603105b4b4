export const appDirectoryName = '/Users/potpot/workspace/csci4140-project/demo';
export const fileEncoding = 'utf8';
export const welcomeNoteFilename = 'helloWorld.md';
export const autoSavingTime = 100;

export const defaultSettings = {
  temperature: 0.1,
  maxTokens: 1000,
  contextTurns: 15,
  ollamaModel: 'llama3',
  ollamaBaseUrl: 'http://127.0.0.1:11434',
  model: 'ollama',
  stream: true,
  maxSourceChunks: 3,
  debug: false,
  embeddingModel: 'ollama-nomic-embed-text',
};
