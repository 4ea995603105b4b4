EMBEDDING_MODELS = {
    "default": "thenlper/gte-large",
    "instructor": "hkunlp/instructor-large",
    "cohere": "Cohere/Cohere-embed-english-v3.0",
    "sfrembeddingmistral": "Salesforce/SFR-Embedding-Mistral"
}
