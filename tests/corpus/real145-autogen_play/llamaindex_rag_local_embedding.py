import logging
from openai import OpenAI
from llama_index.core.node_parser import SemanticSplitterNodeParser
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.core.schema import Document
import chromadb
from bs4 import BeautifulSoup
import uuid
import os

os.environ["TOKENIZERS_PARALLELISM"] = "false"

# Configuration parameters
BASE_URL = "http://localhost:11434"
API_KEY = "PLACEHOLDER_API_KEY"
STORAGE_PATH = "./vector_store"
TITLE_GENERATION_MODEL = "mistral:instruct"
EMBEDDING_MODEL = "mixedbread-ai/mxbai-embed-large-v1"
LLM_MODEL = "mixtral:8x22b-instruct-v0.1-q3_K_S"
DOCUMENT_DIRECTORY = './crawled_pages'
QUESTION = "Which level 3 spells would be useful for a DND 5th edition eldritch knight elf focused on ranged combat?"
LOGGING_LEVEL = logging.INFO
TEXT_SNIPPET_LENGTH = 200
LOG_FILE = 'script_log.log'
TOKEN_LENGTH = 16384
PROCESSING_BATCH_SIZE = 200
USE_LLM_FOR_TITLE = True

# Configure logging
logger = logging.getLogger(__name__)
logger.setLevel(LOGGING_LEVEL)

# Create handlers
file_handler = logging.FileHandler(LOG_FILE, mode='w')
stream_handler = logging.StreamHandler()

# Set logging level for handlers
file_handler.setLevel(LOGGING_LEVEL)
stream_handler.setLevel(LOGGING_LEVEL)

# Create a logging format
formatter = logging.Formatter('%(asctime)s - %(name)s - %(levelname)s - %(message)s', datefmt='%Y-%m-%d %H:%M:%S')
file_handler.setFormatter(formatter)
stream_handler.setFormatter(formatter)

# Add handlers to the logger
logger.addHandler(file_handler)
logger.addHandler(stream_handler)

# Reduce verbosity of other loggers
logging.getLogger("llama_index.readers").setLevel(logging.WARNING)
logging.getLogger("llama_index.node_parser").setLevel(logging.WARNING)

# Initialize embedding model
embed_model = HuggingFaceEmbedding(model_name=EMBEDDING_MODEL)

def transform_query(query: str) -> str:
    """ For retrieval, add the prompt for query (not for documents).
    """
    return f'Represent this sentence for searching relevant passages: {query}'

def get_query_embedding(query):
    transformed_query = transform_query(query)
    logger.debug("Embedding query...")
    return embed_model.get_query_embedding(transformed_query)

def get_text_embeddings(texts):
    logger.debug("Embedding documents...")
    return embed_model.get_text_embedding_batch(texts, show_progress=True)
