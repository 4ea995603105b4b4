class Config:
    def __init__(self):
        self.model = "deepseek-r1:14b"
        self.embedding_model = "nomic-embed-text"
        self.embed_size = 5120