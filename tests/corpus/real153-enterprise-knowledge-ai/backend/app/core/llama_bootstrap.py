from llama_index.core import Settings
from llama_index.llms.ollama import Ollama
from llama_index.embeddings.ollama import OllamaEmbedding

# local-only LLM, nothing leaves the machine
Settings.llm = Ollama(
    model="llama3.1:8b",
    temperature=0.1,
    request_timeout=120,
)

# local-only embeddings
Settings.embed_model = OllamaEmbedding(
    model_name="nomic-embed-text"
)

Settings.chunk_size = 512
Settings.chunk_overlap = 50
settings.vector_db_path = "./data/chroma"
