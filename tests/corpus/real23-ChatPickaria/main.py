def create_chain():
    import os

    provider = os.environ.get("PROVIDER")
    model = os.environ.get("MODEL")
    embeddings_model = os.environ.get("EMBEDDINGS_MODEL")

    from llm import get_llm

    llm, embeddings = get_llm(provider, model, embeddings_model)

    from langchain_core.prompts import ChatPromptTemplate

    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", "Tu es un joueur expérimenté de Minecraft jouant sur le serveur survie Pickaria. {context}"),
            ("user", "{input}"),
        ]
    )

    from langchain_community.document_loaders import UnstructuredFileLoader

    loader = UnstructuredFileLoader(
        ["./docs/jobs.md", "./docs/rewards.md"], strategy="fast", mode="single"
    )
    docs = loader.load()

    from langchain_community.vectorstores import FAISS
    from langchain_text_splitters import RecursiveCharacterTextSplitter
    from langchain.chains.combine_documents import create_stuff_documents_chain
    from langchain.chains import create_retrieval_chain

    documents = RecursiveCharacterTextSplitter().split_documents(docs)
    vector = FAISS.from_documents(documents, embeddings)
    document_chain = create_stuff_documents_chain(llm, prompt)
    return create_retrieval_chain(vector.as_retriever(), document_chain)


if __name__ == "__main__":
    import uvicorn
    from langserve import add_routes
    from fastapi import FastAPI

    app = FastAPI(title="LangChain Server", version="1.0")
    add_routes(app, create_chain())
    uvicorn.run(app, host="0.0.0.0", port=8000)
