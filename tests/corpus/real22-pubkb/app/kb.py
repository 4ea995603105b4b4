import glob
import os

from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.document_loaders import PyPDFLoader
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
        self.system_prompt = ChatPromptTemplate.from_messages([
            ("system", "Answer questions about the author's publications.\nContext: {context}\nUser question: {question}\nAnswer:"),
        ])
        self.text_splitter = RecursiveCharacterTextSplitter(chunk_size=2048, chunk_overlap=200)
        self._create_knowledge_base()

    def _create_knowledge_base(self):
        all_chunks = []
        for pub in glob.glob("../pubs/*.pdf"):
            all_chunks.extend(self.text_splitter.split_documents(PyPDFLoader(file_path=pub).load()))

        embedder = OllamaEmbeddings(model=embedding_model_name, base_url=base_url)
        vecstore = RedisVectorStore(embedder, config=RedisConfig(redis_url=redis_url))
        vecstore.add_documents(all_chunks)

        def docs2str(docs):
            return "\n".join(d.page_content for d in docs)

        self.chain = (
            {"context": vecstore.as_retriever() | RunnableLambda(docs2str), "question": RunnablePassthrough()}
            | self.system_prompt
            | self.llm
            | StrOutputParser()
        )

    def answer(self, question: str):
        return self.chain.stream(question) if self.is_stream else self.chain.invoke(question)
