from langchain.prompts import ChatPromptTemplate
from langchain.retrievers.multi_query import MultiQueryRetriever
from langchain_community.vectorstores import Chroma
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import RunnablePassthrough
from langchain_ollama import ChatOllama, OllamaEmbeddings

from src.config import CHROMA_PATH, EMBED_MODEL, LLM_MODEL

# Load vector store
embedding = OllamaEmbeddings(model=EMBED_MODEL)
vector_store = Chroma(persist_directory=CHROMA_PATH, embedding_function=embedding)

retriever = MultiQueryRetriever.from_llm(
    retriever=vector_store.as_retriever(),
    llm=ChatOllama(model=LLM_MODEL)
)

chat_prompt = ChatPromptTemplate.from_messages([
    ("system", """
You are Dr. HealthMate, an experienced medical doctor. Answer only from the medical literature in the context.
If the context has no valid answer, say you cannot provide a reliable answer and suggest a qualified professional.
"""),
    ("user", "Context:\n{context}\n\nQuestion: {question}")
])
llm = ChatOllama(model=LLM_MODEL)

qa_chain = (
    {"context": retriever, "question": RunnablePassthrough()}
    | chat_prompt
    | llm
    | StrOutputParser()
)


def ask(question: str):
    return qa_chain.invoke(question)
