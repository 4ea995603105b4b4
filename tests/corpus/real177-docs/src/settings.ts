export const SERVER_NAME: string = '@hypermodel-labs/docs-mcp';
export const SERVER_VERSION: string = '0.0.1';
export const DEFAULT_VECTOR_DIMENSION = 512;
export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';
