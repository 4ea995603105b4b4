export const OPENAI_API_KEY = process.env.NEXT_PUBLIC_OPENAI_API_KEY || '';

export const PINECONE_API_KEY = process.env.NEXT_PUBLIC_PINECONE_API_KEY || '';
export const PINECONE_INDEX = process.env.NEXT_PUBLIC_PINECONE_INDEX || '';
export const PINECONE_ENVIRONMENT = process.env.NEXT_PUBLIC_PINECONE_ENVIRONMENT || '';

export const EMBEDDING_MODEL_NAME = 'text-embedding-3-small';
export const CHAT_MODEL_NAME = 'gpt-3.5-turbo';
