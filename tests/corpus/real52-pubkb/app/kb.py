from langchain_ollama import ChatOllama, OllamaEmbeddings
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough
from langchain_community.document_transformers import LongContextReorder
from langchain_community.document_loaders import PyPDFLoader
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.vectorstores.utils import filter_complex_metadata
from langchain_redis import RedisConfig, RedisVectorStore
from langchain_community.chat_message_histories import StreamlitChatMessageHistory
import os
import glob

llm_model_name = os.environ.get("LLM_MODEL", "llama3:8b")
embedding_model_name = os.environ.get("EMBEDDING_MODEL", "nomic-embed-text")
base_url = os.environ.get("BASE_URL", "http://ollama:11434")
redis_url = os.getenv("REDIS_URL", "redis://localhost:6379")


class PubManager:
    def __init__(self, llm_name: str = llm_model_name, is_stream: bool = False,
                 chat_history: StreamlitChatMessageHistory = None):
        self.is_stream = is_stream
        self.llm = ChatOllama(model=llm_name, base_url=base_url, temperature=0.2, top_p=0.4)
        self.system_prompt = ChatPromptTemplate.from_messages([
            ("system", "You answer questions about the author's publications using only the given context.\n"
                       "Context: {context}\nUser question: {question}\nAnswer:"),
        ])
        self.chat_history_prompt = ChatPromptTemplate.from_messages([
            ("system", "Rephrase the latest question as a standalone question."),
            MessagesPlaceholder(variable_name="chat_history"),
            ("human", "{question}"),
        ])
        self.chat_history = chat_history
        self.text_splitter = RecursiveCharacterTextSplitter(chunk_size=2048, chunk_overlap=200)
        self.chain: Runnable = None
        self._create_knowledge_base()

    def _create_knowledge_base(self):
        all_chunks = []
        for pub in glob.glob("../pubs/*.pdf"):
            doc = PyPDFLoader(file_path=pub).load()
            all_chunks.extend(filter_complex_metadata(self.text_splitter.split_documents(doc)))

        embedder = OllamaEmbeddings(model=embedding_model_name, base_url=base_url)
        vecstore = RedisVectorStore(embedder, config=RedisConfig(redis_url=redis_url))
        vecstore.add_documents(all_chunks)
        long_reorder = RunnableLambda(LongContextReorder().transform_documents)

        def docs2str(docs):
            return "\n".join(getattr(d, "page_content", str(d)) for d in docs)

        self.chain = (
            {"context": vecstore.as_retriever() | long_reorder | docs2str, "question": RunnablePassthrough()}
            | self.system_prompt
            | self.llm
            | StrOutputParser()
        )

    def answer(self, question: str):
        return self.chain.stream(question) if self.is_stream else self.chain.invoke(question)
