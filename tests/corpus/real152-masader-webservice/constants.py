SUBSETS_FEATURES = ['Dialect', 'Volume', 'Unit']

HF_REQUEST_BATCH_SIZE = 200

HF_API_URL = 'https://api-inference.huggingface.co'

HF_FEATURE_EXTRACTION_TASK = 'feature-extraction'

HF_EMBEDDINGS_MODEL = 'sentence-transformers/all-MiniLM-L6-v2'

SEVEN_DAYS_IN_SECONDS = 604800

MASADER_GH_REPO = 'ARBML/masader'

CHAT_TOP_K = 50

CHAT_SITE_URL = 'https://arbml.github.io/masader/'

CHAT_SITE_NAME = 'Masader'

CHAT_SOURCES_MARKER = '%%%SOURCES%%%'

ROUTER_SYSTEM_PROMPT = (
    "You sort the latest user message of an Arabic dataset search chat. "
    "Answer NEW when it asks for a fresh catalogue search, or FOLLOWUP when it "
    "only refines or asks about the datasets already shown. One word only."
)

CHAT_SYSTEM_PROMPT_BASE = (
    "You are Masader's assistant for Arabic NLP and speech datasets. "
    "Use only the datasets given in the context and name them exactly. "
    "Never invent datasets or facts."
)

MASADER_SCHEMA_URL = 'https://mextract-production.up.railway.app/schema'

# name given to rows that come from SQL aggregates
CATALOGUE_QUERY_RESULT_NAME = 'Catalogue query result'

# (excerpt: the long SQL prompt is omitted)
