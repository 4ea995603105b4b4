config = {
    "csv_filepath": "/Users/sam/Documents/clams_docs/chyron_gold.csv",
    "numpy_file": "features.npy",
    "threshold": 0.9,
    "model_name": "openai/clip-vit-base-patch32",
    "build": False,
    "index_filepath": "index/index.faiss",
  }
