"""Vector store for knowledge base using InMemoryVectorStore.

WHAT THIS FILE DOES:
Manages the semantic search functionality for the knowledge base. Converts text documents
into vector embeddings and enables similarity search - meaning you can search by meaning,
not just exact keyword matches.

WHY IT'S IMPORTANT:
Regular keyword search has limitations - it won't find "return policy" if you search for
"refund process". Vector/semantic search understands meaning, so it can find related
content even when the words don't match exactly. This makes the agent much better at
finding relevant information to answer customer questions.
"""

from langchain_core.vectorstores import InMemoryVectorStore
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_core.documents import Document
import json
from pathlib import Path
from typing import Optional


class KnowledgeBaseVectorStore:
    """
    Manages the knowledge base vector store.
    
    WHAT IT IS:
    A class that handles converting knowledge base documents into searchable vectors
    and provides semantic search functionality. Think of it like Google's search
    engine but for your company's knowledge base - it finds relevant content based
    on meaning, not just keyword matching.
    
    WHY IT EXISTS:
    Without vector search, you'd need exact keyword matches. With vector search,
    the agent can find relevant information even when customer questions use different
    wording than what's in the knowledge base.
    """

    def __init__(self, embeddings_model: str = "sentence-transformers/all-MiniLM-L6-v2"):
        """
        Initialize the vector store with embeddings model.
        
        WHAT IT DOES:
        Sets up the embeddings model that converts text into vectors (numerical
        representations). These vectors capture the semantic meaning of text.

        WHY IT'S IMPORTANT:
        The embeddings model is what enables semantic search. Different models have
        different strengths - this one (all-MiniLM-L6-v2) is a good balance of
        speed and accuracy.

        Args:
            embeddings_model: HuggingFace model name for embeddings
                            (default is a fast, accurate model good for general use)
        """
        self.embeddings = HuggingFaceEmbeddings(
            model_name=embeddings_model,
            model_kwargs={'device': 'cpu'},
            encode_kwargs={'normalize_embeddings': True}
        )
        self.vector_store: Optional[InMemoryVectorStore] = None

    def load_from_json(self, json_path: str) -> None:
        """
        Load knowledge base from JSON file and populate vector store.
        
        WHAT IT DOES:
        Reads the knowledge_base.json file, converts all the content (policies, FAQs,
        product info) into Document objects, then converts those into vector embeddings
        and stores them in the vector store.

        WHY IT'S IMPORTANT:
        This is the setup step that makes the knowledge base searchable. Without this,
        the search tools wouldn't have anything to search. This converts all your
        company knowledge into a format that can be semantically searched.

        Args:
            json_path: Path to knowledge_base.json file
        """
        # Read JSON file
        with open(json_path, 'r') as f:
            data = json.load(f)

        # Convert JSON to documents
        documents = self._json_to_documents(data)

        # Create vector store
        self.vector_store = InMemoryVectorStore.from_documents(
            documents=documents,
            embedding=self.embeddings
        )

        print(f"✅ Loaded {len(documents)} documents into vector store")
