class Config:
    llm_model_name = 'ClueAI/ChatYuan-large-v2' 
    embedding_model_name = 'GanymedeNil/text2vec-large-chinese'  
    vector_store_path = 'resource/faiss/'
    docs_path = 'resource/txt/'
