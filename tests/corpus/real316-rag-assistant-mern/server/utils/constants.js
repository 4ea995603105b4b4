export const TRANSFORMER_MODELS = {
    "MiniLM": {
        identifier: "Xenova/all-MiniLM-L6-v2",
        dimensions: 384,
        max_seq_length: 256,
        description: "https://huggingface.co/Xenova/all-MiniLM-L6-v2",
    },
    "Jina DE": {
        identifier: "jinaai/jina-embeddings-v2-base-de",
        dimensions: 768,
        max_seq_length: 8192,
        description: "https://huggingface.co/jinaai/jina-embeddings-v2-base-de",
    }
}