import langchain
import streamlit as st
from langchain.callbacks import get_openai_callback
from langchain.chains import ConversationalRetrievalChain
from langchain.chat_models import ChatOpenAI
from langchain.prompts.prompt import PromptTemplate

langchain.verbose = False


class Chatbot:
    def __init__(self, model_name, temperature, vectors):
        self.model_name = model_name
        self.temperature = temperature
        self.vectors = vectors

    qa_template = """
        You are a helpful AI assistant named Robby. Answer from the context only.
        context: {context}
        =========
        question: {question}
        ======
        """

    QA_PROMPT = PromptTemplate(template=qa_template, input_variables=["context", "question"])

    def conversational_chat(self, query):
        # llm = ChatOpenAI(model_name=self.model_name, temperature=self.temperature)
        from modules.llm import ChatGLM

        llm = ChatGLM()
        chain = ConversationalRetrievalChain.from_llm(
            llm=llm,
            retriever=self.vectors.as_retriever(),
            verbose=True,
            return_source_documents=True,
            max_tokens_limit=4097,
            combine_docs_chain_kwargs={"prompt": self.QA_PROMPT},
        )
        chain_input = {"question": query, "chat_history": st.session_state["history"]}
        with get_openai_callback() as cb:
            result = chain(chain_input)
            st.session_state["history"].append((query, result["answer"]))
            st.write(f"###### Tokens used in this conversation : {cb.total_tokens} tokens")
            return result["answer"]
