export const RAG_CONFIG = {
    chunkSize: 500,        // characters
    chunkOverlap: 50,
    embeddingModel: "text-embedding-3-small",
    embeddingDimension: 1536,
    topK: 5,
};
