# chunking
