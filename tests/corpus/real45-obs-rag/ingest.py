import os
import sys

from dotenv import load_dotenv
from langchain_chroma import Chroma
from langchain_community.document_loaders import ObsidianLoader
from langchain_google_genai import GoogleGenerativeAIEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

load_dotenv()

# Hardcoded database path
DB_PATH = "./chroma_db"


def main():
    if not os.getenv("GOOGLE_API_KEY"):
        print("Error: GOOGLE_API_KEY not found in .env file")
        sys.exit(1)

    vault_path = os.getenv("VAULT_PATH")
    if not vault_path or not os.path.exists(vault_path):
        print(f"Error: Vault Path Not Found: {vault_path}")
        sys.exit(1)

    loader = ObsidianLoader(vault_path)
    raw_docs = loader.load()
    if not raw_docs:
        print("WARNING: no .md files found in the vault")
        return
    print(f"    Found {len(raw_docs)} notes")


if __name__ == "__main__":
    main()
