import os
import time

from dotenv import load_dotenv
from langchain_chroma import Chroma
from langchain_core.messages import HumanMessage
from langchain_openai import ChatOpenAI

from config import default_model  # noqa: F401
from load import load_inference_wrapper
from vectorstore.chroma_utils import get_persist_dir

t0 = time.time()

# 1. vector store (documents embedded offline) + remote query embedder
embedding = load_inference_wrapper()
persist_dir = get_persist_dir("intfloat/e5-base-v2")
db = Chroma(persist_directory=persist_dir, embedding_function=embedding)
retriever = db.as_retriever(search_type="mmr", search_kwargs={"k": 5, "lambda_mult": 0.5})

# 2. retrieve
query = "Tell me about TSG"
chunks = [d.page_content for d in retriever.invoke(query)]

# 3. prompt
prompt = f"""Answer the question using **only** the context below. Use emojis if it helps.
Question:
{query}

Context:
{chr(10).join(f"- {c}" for c in chunks)}
"""

# 4. LLM through OpenRouter
load_dotenv()
api_key = os.getenv("OPENROUTER_API_KEY")
if not api_key:
    raise ValueError("OPENROUTER_API_KEY not set")

openrouter_base_url = "https://openrouter.ai/api/v1"
model_name = "google/gemma-3n-e4b-it:free"

llm = ChatOpenAI(
    model=model_name,
    openai_api_base=openrouter_base_url,
    openai_api_key=api_key,
    temperature=0.7,
)
try:
    print(llm.invoke([HumanMessage(content=prompt)]).content)
except Exception as exc:  # noqa: BLE001
    print(f"LLM error: {exc}")

print(f"total: {time.time() - t0:.2f}s")
