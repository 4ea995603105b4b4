EMBEDDING_MODELS = {
    "default": "thenlper/gte-large",
    "instructor": "hkunlp/instructor-large",
    "cohere": "Cohere/Cohere-embed-english-v3.0",
    "sfrembeddingmistral": "Salesforce/SFR-Embedding-Mistral",
    "e5mistral7b": "intfloat/e5-mistral-7b-instruct",
    "openai-text-embedding-3-large": "text-embedding-3-large",
    "openai-text-embedding-3-small": "text-embedding-3-small",
}
