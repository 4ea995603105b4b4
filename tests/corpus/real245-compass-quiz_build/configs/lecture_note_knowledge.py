EMBEDDING_MODEL_NAME = "nvidia/nv-embed-v1"
RAG_PRETRAINED_MODEL_NAME = "colbert-ir/colbertv2.0"
SEPARATORS = [
    "\n#{1,6} ",
    "```\n",
    "\n\\*\\*\\*+\n",
    "\n---+\n",
    "\n___+\n",
    "\n\n",
    "\n",
    " ",
    "",
]
CHUNK_SIZE = 1000
