import glob
import os

from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.chat_message_histories import StreamlitChatMessageHistory
from langchain_community.document_loaders import PyPDFLoader
from langchain_community.vectorstores.utils import filter_complex_metadata
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from langchain_ollama import ChatOllama, OllamaEmbeddings
from langchain_redis import RedisConfig, RedisVectorStore

llm_model_name = os.environ.get("LLM_MODEL", "llama3:8b")
embedding_model_name = os.environ.get("EMBEDDING_MODEL", "nomic-embed-text")
base_url = os.environ.get("BASE_URL", "http://ollama:11434")
redis_url = os.getenv("REDIS_URL", "redis://localhost:6379")

SYSTEM = """You are a knowledgeable assistant that answers questions about the author's publications.
Only use information from the given context. Be succinct unless asked to expand.
Context: {context}
User question: {question}
Answer:"""


class PubManager:
    def __init__(self, llm_name: str = llm_model_name, is_stream: bool = False,
                 chat_history: StreamlitChatMessageHistory = None):
        self.is_stream = is_stream
        self.llm = ChatOllama(model=llm_name, base_url=base_url, temperature=0.2, top_p=0.4)
        self.prompt = ChatPromptTemplate.from_messages([("system", SYSTEM)])
        self.chat_history = chat_history
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=2048, chunk_overlap=200)
        self._create_knowledge_base()

    def _create_knowledge_base(self):
        chunks = []
        for pub in glob.glob("../pubs/*.pdf"):
            chunks.extend(filter_complex_metadata(self.splitter.split_documents(PyPDFLoader(file_path=pub).load())))

        embedder = OllamaEmbeddings(model=embedding_model_name, base_url=base_url)
        vecstore = RedisVectorStore(embedder, config=RedisConfig(redis_url=redis_url))
        vecstore.add_documents(chunks)

        def docs2str(docs):
            return "\n".join(d.page_content for d in docs)

        self.chain = (
            {"context": vecstore.as_retriever() | RunnableLambda(docs2str), "question": RunnablePassthrough()}
            | self.prompt
            | self.llm
            | StrOutputParser()
        )

    def answer(self, question: str):
        if self.is_stream:
            return self.chain.stream(question)
        return self.chain.invoke(question)
