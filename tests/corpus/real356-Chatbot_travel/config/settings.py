# Tên ứng dụng
APP_TITLE = "Chatbot Du Lịch"

# Tên model embedding
EMBEDDING_MODEL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"

# Tên model ngôn ngữ lớn
MODEL_NAME = "qwen2.5:7b"

# Đường dẫn file vector store
VECTORSTORE_DIR = "vectorstores/db_chroma"