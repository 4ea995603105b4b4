class Settings:
    documents_path = "./data"
    embedding_model_name = "sentence-transformers/all-MiniLM-L6-v2"
    llm_model_name = "google/flan-t5-large"
    embedding_dim = 384

settings = Settings()
