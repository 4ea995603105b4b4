import json
import logging
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List

from langchain_community.document_loaders import PyPDFLoader
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter
from pydantic_settings import BaseSettings

logging.basicConfig(
    level=logging.INFO,
    format='%(asctime)s - %(levelname)s - %(message)s',
    handlers=[logging.FileHandler('ingest.log'), logging.StreamHandler()],
)
logger = logging.getLogger(__name__)


class IngestSettings(BaseSettings):
    """Configuration for document ingestion."""
    data_dir: str = os.path.join(os.path.dirname(__file__), '../data')
    index_dir: str = os.path.join(os.path.dirname(__file__), '../faiss_index')
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    chunk_size: int = 500
    chunk_overlap: int = 50
    batch_size: int = 100
    supported_extensions: List[str] = ['.pdf']

    class Config:
        env_prefix = "INGEST_"


settings = IngestSettings()


class DocumentIngestor:
    def __init__(self, settings: IngestSettings):
        self.settings = settings
        self.embeddings = None

    def _initialize_embeddings(self):
        if self.embeddings is None:
            logger.info(f"Loading embeddings model: {self.settings.embedding_model}")
            self.embeddings = HuggingFaceEmbeddings(
                model_name=self.settings.embedding_model,
                model_kwargs={'device': 'cpu'},
                encode_kwargs={'normalize_embeddings': True},
            )

    def _load(self) -> List[Document]:
        docs = []
        for path in Path(self.settings.data_dir).glob("*.pdf"):
            for doc in PyPDFLoader(str(path)).load():
                doc.metadata.update({'source': str(path), 'ingestion_date': datetime.now().isoformat()})
                docs.append(doc)
        return docs

    def ingest(self) -> Dict[str, Any]:
        start = time.time()
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=self.settings.chunk_size, chunk_overlap=self.settings.chunk_overlap
        )
        chunks = splitter.split_documents(self._load())
        self._initialize_embeddings()
        store = FAISS.from_documents(chunks, self.embeddings)
        index_path = Path(self.settings.index_dir)
        index_path.mkdir(parents=True, exist_ok=True)
        store.save_local(str(index_path))
        metadata = {
            'ingestion_date': datetime.now().isoformat(),
            'settings': {'embedding_model': self.settings.embedding_model},
            'total_vectors': store.index.ntotal,
        }
        (index_path / 'ingestion_metadata.json').write_text(json.dumps(metadata, indent=2))
        return {'success': True, 'seconds': time.time() - start}


if __name__ == '__main__':
    import argparse

    parser = argparse.ArgumentParser(description='Ingest documents into FAISS vector store')
    parser.add_argument('--force', action='store_true', help='Force overwrite existing index')
    args = parser.parse_args()
    print(json.dumps(DocumentIngestor(settings).ingest(), indent=2))
