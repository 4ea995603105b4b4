import pickle
from typing import List

from langchain_core.vectorstores import InMemoryVectorStore
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_mistralai import ChatMistralAI
from langgraph.graph import END, START, StateGraph
from typing_extensions import TypedDict

from app.config import EMBEDDING_MODEL, LARGE_LANGUAGE_MODEL, RETRIEVE_N_CHUNKS

embeddings = HuggingFaceEmbeddings(model_name=EMBEDDING_MODEL)
llm = ChatMistralAI(model=LARGE_LANGUAGE_MODEL)

vector_store = InMemoryVectorStore(embeddings)
with open("./data/vector_store.pkl", "rb") as file:
    vector_store = pickle.load(file)


class StateSchema(TypedDict):
    messages: List[str]
    documents: List[str]
    document_text: str
    query: str


graph_builder = StateGraph(StateSchema)


def retrieve(state):
    query = state["messages"][-1]["content"]
    docs = vector_store.similarity_search(query, k=RETRIEVE_N_CHUNKS)
    text = "\n\n".join(f"Source: {d.metadata}\nContent: {d.page_content}" for d in docs)
    return {"messages": state["messages"], "documents": docs, "document_text": text, "query": query}


def generate(state):
    prompt = (
        "You are an assistant for question-answering tasks related to German laws. "
        "Use the content to answer the question. If you don't know the answer, say that you don't know.\n\n"
        f"User Query:{state['query']}\nRelevant Content:{state['document_text']}"
        "\nUse three sentences maximum. ALWAYS RESPOND IN THE LANGUAGE OF THE USER"
    )
    return {"messages": [llm.invoke(prompt)]}


graph_builder.add_node(retrieve)
graph_builder.add_node(generate)
graph_builder.add_edge(START, "retrieve")
graph_builder.add_edge("retrieve", "generate")
graph_builder.add_edge("generate", END)

GRAPH = graph_builder.compile()
