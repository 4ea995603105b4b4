def get_persist_dir(model_name):
    # one Chroma directory per embedding model
    safe = model_name.replace("/", "_")
    return f"databases/chroma_db/{safe}"
