from langchain_groq import ChatGroq
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain.chains import create_history_aware_retriever, create_retrieval_chain
from langchain.chains.combine_documents import create_stuff_documents_chain
import logging
from chroma_utils import vectorstore

retriever = vectorstore.as_retriever(search_kwargs={"k": 2})
output_parser = StrOutputParser()

contextualize_q_system_prompt = (
    "Given a chat history and the latest user question which might reference context in the "
    "chat history, formulate a standalone question. Do NOT answer the question."
)

contextualize_q_prompt = ChatPromptTemplate.from_messages([
    ("system", contextualize_q_system_prompt),
    MessagesPlaceholder("chat_history"),
    ("human", "{input}"),
])

qa_prompt = ChatPromptTemplate.from_messages([
    ("system", """You are a specialized school information assistant.
- Greet the user first if it is a new conversation
- Only provide information based on available school data
- If you can't find the information, say that it is not available
Context for responses: {context}"""),
    MessagesPlaceholder(variable_name="chat_history"),
    ("human", "{input}"),
])

# #creating RAG chain
# def get_rag_chain(model="llama8b"):
#     llm = ChatGroq(model=model)
#     ...


def get_rag_chain(model="gemma2-9b-it"):  # Updated default model name
    # Validate model name with correct Groq model identifiers
    valid_models = [
        "gemma2-9b-it",    # Default model
        "llama-3.1-8b-instant",      # Alternative model
    ]

    if model not in valid_models:
        logging.warning(f"Invalid model {model}, using default model")
        model = "gemma2-9b-it"

    try:
        llm = ChatGroq(model=model)
        history_aware_retriever = create_history_aware_retriever(llm, retriever, contextualize_q_prompt)
        question_answer_chain = create_stuff_documents_chain(llm, qa_prompt)
        return create_retrieval_chain(history_aware_retriever, question_answer_chain)
    except Exception as e:
        logging.error(f"Error creating RAG chain: {str(e)}")
        raise
