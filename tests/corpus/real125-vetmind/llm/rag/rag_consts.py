EMBEDDING_MODEL_NAME = "text-embedding-3-small"

ID_TO_VISIT_FILENAME = "llm/rag_data/id_to_visit.pkl"

INDEX_FILENAME = "llm/rag_data/vet_visits.index"
VISITS_FILENAME = "llm/rag_data/visits.json"

RECOMMENDATION_MODEL_NAME = "gpt-4.1"

# Params
DEFAULT_K = 3
