import argparse
import glob
import os

from langchain import hub
from langchain.chains import RetrievalQA
from langchain.chat_models import ChatOllama
from langchain.document_loaders import ObsidianLoader
from langchain.embeddings import OllamaEmbeddings
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain.vectorstores import chroma


def get_args():
    parser = argparse.ArgumentParser(description="Get user file path")
    parser.add_argument('--filepath', help='Input file path')
    parser.add_argument('--vectorize', default=False, help='Whether to vectorize the file')
    return parser.parse_args()


def load_markdown_files(directory: str) -> dict:
    files = {}
    for filename in glob.glob(os.path.join(directory, '*.md')):
        with open(filename) as f:
            files[os.path.basename(filename)] = f.read()
    return files


def main():
    args = get_args()
    data = ObsidianLoader(path=args.filepath).load()
    splits = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=0).split_documents(data)

    # TODO: save the vectorstore properly
    vectorstore = chroma.Chroma.from_documents(documents=splits, embedding=OllamaEmbeddings(model='mistral'), persist_directory="vectorstore")
    vectorstore.persist()

    rag_prompt = hub.pull("rlm/rag-prompt")

    question = "explain cicd?"
    llm = ChatOllama(model="mistral")
    qa_chain = RetrievalQA.from_chain_type(
        llm,
        retriever=vectorstore.as_retriever(),
        chain_type_kwargs={"prompt": rag_prompt},
    )
    print(qa_chain({"query": question}))


if __name__ == "__main__":
    main()
