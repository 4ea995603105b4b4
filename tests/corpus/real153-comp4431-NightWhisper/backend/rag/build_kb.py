"""
Knowledge base builder

Builds the vector database from mental-health datasets on the Hugging Face Hub.
Run it once; afterwards retriever.py answers the queries.

Usage:
    python -m rag.build_kb
"""

from datasets import load_dataset
from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_core.documents import Document
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_community.vectorstores import Chroma
import statistics
from pathlib import Path

# counselling datasets on the Hub
HF_DATASETS = [
    "mrs83/kurtis_mental_health_final",
    "samhog/psychology-RLHF",
    "Felladrin/pretrain-mental-health-counseling-conversations",
    "LuangMV97/Empathetic_counseling_Dataset",
    "tolu07/Mental_Health_FAQ",
    "thu-coai/augesc",
    "nbertagnolli/counsel-chat",
    "Amod/mental_health_counseling_conversations",
    "ZahrizhalAli/mental_health_conversational_dataset",
]

# where the vector store lives
VECTOR_STORE_DIR = Path(__file__).parent / "vector_store"


def load_and_extract_texts():
    """Stream every dataset and keep the string fields of each row."""
    all_texts = []
    for name in HF_DATASETS:
        try:
            print(f"Loading {name}...")
            ds = load_dataset(name, split="train", streaming=True)
            for example in ds:
                parts = [str(v) for v in example.values() if isinstance(v, str) and v.strip()]
                text = "\n".join(parts)
                if len(text) > 50:
                    all_texts.append(text.strip())
        except Exception as e:
            print(f"  could not load {name}: {e}")
            continue
    all_texts = list(set(all_texts))
    print(f"{len(all_texts)} unique texts")
    return all_texts


def chunk_documents(texts):
    documents = [Document(page_content=t, metadata={"source": "hf_datasets"}) for t in texts]
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=1200,
        chunk_overlap=150,
        length_function=len,
        separators=["\n\n", "\nQuestion:", "\nAnswer:", "\n", ".", " ", ""]
    )
    chunks = splitter.split_documents(documents)
    if chunks:
        print(f"mean chunk size {statistics.mean(len(c.page_content) for c in chunks):.1f}")
    return chunks


def build_vector_store(chunks):
    # local HF embeddings, no API key needed
    embeddings = HuggingFaceEmbeddings(
        model_name="sentence-transformers/all-MiniLM-L6-v2"
    )
    VECTOR_STORE_DIR.mkdir(parents=True, exist_ok=True)

    # Chroma caps the batch size, so insert in slices
    batch_size = 5000
    vectorstore = Chroma.from_documents(
        documents=chunks[:batch_size],
        embedding=embeddings,
        persist_directory=str(VECTOR_STORE_DIR)
    )
    for start in range(batch_size, len(chunks), batch_size):
        vectorstore.add_documents(chunks[start:start + batch_size])
    print(f"vector store written to {VECTOR_STORE_DIR}")
    return vectorstore


def main():
    texts = load_and_extract_texts()
    if not texts:
        return
    chunks = chunk_documents(texts)
    if not chunks:
        return
    build_vector_store(chunks)


if __name__ == "__main__":
    main()
