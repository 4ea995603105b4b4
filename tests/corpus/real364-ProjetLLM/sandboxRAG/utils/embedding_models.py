# Configuration
embedding_model_hf_en_mpnet = "sentence-transformers/all-mpnet-base-v2"
index_en_path_mpnet = "vectorstores/MPNet_vectorstore"

embedding_model_hf_fr = "dangvantuan/sentence-camembert-base"
index_fr_path_camembert = "vectorstores/Camembert_vectorstore"

embedding_model_hf_en_instructor_large = "hkunlp/instructor-large"
index_en_path_instructor_large = "vectorstores/Instructor_large_vectorstore"

embedding_model_hf_en_instructor_base = "hkunlp/instructor-base"
index_en_path_instructor_base = "vectorstores/Instructor_base_vectorstore"

embedding_model_hf_en_instructor_xl = "hkunlp/instructor-xl"
index_en_path_instructor_xl = "vectorstores/Instructor_xl_vectorstore"

embedding_model_ol_en_nomic = "nomic-embed-text"
index_en_path_OL = "vectorstores/OL_vectorstore"  # nomic-embed
