import os
import asyncio

import structlog
from langchain_openai import OpenAIEmbeddings, ChatOpenAI
from langchain.prompts import ChatPromptTemplate
from langchain_core.documents import Document
from qdrant_client import QdrantClient
from sentence_transformers import CrossEncoder

from app.schemas import ComplianceQuery, DocumentSource, TokenUsage

logger = structlog.get_logger()

# --- Inicialización de Clientes y Modelo ---
try:
    qdrant_client = QdrantClient(url=os.environ["QDRANT_URL"], api_key=os.environ.get("QDRANT_API_KEY"))
    embedding_model = OpenAIEmbeddings(model="text-embedding-3-large")
    reranker_model = CrossEncoder('BAAI/bge-reranker-base', local_files_only=True)
    llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)
    logger.info("All clients initialized successfully")
except KeyError as e:
    raise RuntimeError(f"Falta la variable de entorno: {e}")

QDRANT_COLLECTION_NAME = "gpdr_corpus"


def rerank_documents(query: str, docs: list[Document]) -> list[Document]:
    if not docs:
        return []
    scores = reranker_model.predict([[query, doc.page_content] for doc in docs])
    return [doc for doc, _ in sorted(zip(docs, scores), key=lambda x: x[1], reverse=True)]


async def run_compliance_pipeline(query: ComplianceQuery, trace_id: str) -> dict:
    loop = asyncio.get_running_loop()
    query_embedding = await embedding_model.aembed_query(query.text)
    points = await loop.run_in_executor(None, lambda: qdrant_client.search(
        collection_name=QDRANT_COLLECTION_NAME, query_vector=query_embedding, limit=20, with_payload=True))
    docs = [Document(page_content=p.payload['page_content'], metadata=p.payload['metadata']) for p in points]
    final_docs = (await loop.run_in_executor(None, rerank_documents, query.text, docs))[:5]

    prompt = ChatPromptTemplate.from_template(
        "Eres **GuardianAI**, asesor estratégico de IA (Ley 21.719).\n### Contexto\n{context}\n### Consulta\n{question}"
    )
    context = "\n".join(d.page_content for d in final_docs)
    response = await (prompt | llm).ainvoke({"context": context, "question": query.text})
    usage = response.response_metadata.get("token_usage", {})
    return {
        "analysis": response.content,
        "sources": [DocumentSource(source_document=d.metadata.get('source_document', 'Desconocido'),
                                   article_number=d.metadata.get('article_number', 'N/A'),
                                   content_chunk=d.page_content) for d in final_docs],
        "token_usage": TokenUsage(prompt_tokens=usage.get("prompt_tokens", 0),
                                  completion_tokens=usage.get("completion_tokens", 0),
                                  total_tokens=usage.get("total_tokens", 0)),
        "trace_id": trace_id,
    }
