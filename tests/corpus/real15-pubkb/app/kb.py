import glob
import os

from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.document_loaders import PyPDFLoader
from langchain_community.document_transformers import LongContextReorder
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from langchain_ollama import ChatOllama, OllamaEmbeddings
from langchain_redis import RedisConfig, RedisVectorStore

llm_model_name = os.environ.get("LLM_MODEL", "llama3:8b")
embedding_model_name = os.environ.get("EMBEDDING_MODEL", "nomic-embed-text")
base_url = os.environ.get("BASE_URL", "http://ollama:11434")
redis_url = os.getenv("REDIS_URL", "redis://localhost:6379")


class PubManager:
    def __init__(self, llm_name: str = llm_model_name, is_stream: bool = False):
        self.is_stream = is_stream
        self.llm = ChatOllama(model=llm_name, base_url=base_url, temperature=0.2, top_p=0.4)
        self.prompt = ChatPromptTemplate.from_messages([
            ("system", "Answer questions about the author's publications using only this context.\n"
                       "Context: {context}\nQuestion: {question}\nAnswer:"),
        ])
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=2048, chunk_overlap=200)
        self._build()

    def _build(self):
        chunks = []
        for pdf in glob.glob("../pubs/*.pdf"):
            chunks.extend(self.splitter.split_documents(PyPDFLoader(file_path=pdf).load()))

        embedder = OllamaEmbeddings(model=embedding_model_name, base_url=base_url)
        store = RedisVectorStore(embedder, config=RedisConfig(redis_url=redis_url))
        store.add_documents(chunks)

        reorder = RunnableLambda(LongContextReorder().transform_documents)

        def to_text(docs):
            return "\n".join(f"[{d.metadata.get('Title', 'Document')}] {d.page_content}" for d in docs)

        self.chain = (
            {"context": store.as_retriever() | reorder | to_text, "question": RunnablePassthrough()}
            | self.prompt
            | self.llm
            | StrOutputParser()
        )

    def answer(self, question: str):
        return self.chain.stream(question) if self.is_stream else self.chain.invoke(question)
