import os
import time
from functools import lru_cache

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from llama_index.core import VectorStoreIndex, Settings
from llama_index.llms.ollama import Ollama
from llama_index.embeddings.ollama import OllamaEmbedding
from llama_index.vector_stores.chroma import ChromaVectorStore
import chromadb

# --- Configuration ---
OLLAMA_HOST = os.getenv("OLLAMA_HOST", "http://ollama:11434")
CHROMA_HOST_NAME = "chroma"  # Docker service name
CHROMA_PORT = 8000
LLM_MODEL = os.getenv("LLM_MODEL", "mistral")
EMBEDDING_MODEL = os.getenv("EMBEDDING_MODEL", "nomic-embed-text")
COLLECTION_NAME = os.getenv("COLLECTION_NAME", "unified_rag_store")


@lru_cache(maxsize=1)
def initialize_rag_pipeline():
    """Connect to Chroma and Ollama and load the index."""
    max_retries = 10
    for i in range(max_retries):
        try:
            print(f"Connecting to ChromaDB (attempt {i+1}/{max_retries})...")
            chroma_client = chromadb.HttpClient(host=CHROMA_HOST_NAME, port=CHROMA_PORT)
            chroma_client.list_collections()
            break
        except Exception as e:
            print(f"Chroma connection failed: {e}")
            if i == max_retries - 1:
                raise ConnectionError(f"No ChromaDB after {max_retries} attempts.")
            time.sleep(3)

    try:
        chroma_collection = chroma_client.get_or_create_collection(COLLECTION_NAME)
        vector_store = ChromaVectorStore(chroma_collection=chroma_collection)

        Settings.llm = Ollama(model=LLM_MODEL, base_url=OLLAMA_HOST)
        Settings.embed_model = OllamaEmbedding(
            model_name=EMBEDDING_MODEL,
            base_url=OLLAMA_HOST,
        )

        index = VectorStoreIndex.from_vector_store(vector_store=vector_store)
        return index.as_query_engine(similarity_top_k=3, streaming=False)
    except Exception as e:
        print(f"Error initializing the RAG pipeline: {e}")
        return None


app = FastAPI(title="Unified RAG API Gateway", version="1.0")


class QueryRequest(BaseModel):
    query: str


class QueryResponse(BaseModel):
    response: str


rag_query_engine = initialize_rag_pipeline()


@app.post("/api/rag/query", response_model=QueryResponse)
async def query_rag_engine(request: QueryRequest):
    try:
        return QueryResponse(response=str(rag_query_engine.query(request.query)))
    except Exception as e:
        raise HTTPException(status_code=500, detail=f"RAG query failed: {e}")


@app.get("/health")
def health_check():
    return {"status": "ok", "service": "RAG API Gateway"}
