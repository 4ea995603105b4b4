// Vector store configuration for chunking and retrieval (FAISS-js)
export const VECTOR_CONFIG = {
    CHUNK_SIZE: 500,
    CHUNK_OVERLAP: 50,
    TOP_K: 3
};
