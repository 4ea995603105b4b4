rm -rf chroma_db
uv run ingest.py
