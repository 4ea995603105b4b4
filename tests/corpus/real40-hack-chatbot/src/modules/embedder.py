import os
import pickle
import tempfile

from langchain.document_loaders import PyPDFLoader, TextLoader
from langchain.document_loaders.csv_loader import CSVLoader
from langchain.embeddings.openai import OpenAIEmbeddings
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain.vectorstores import FAISS


class Embedder:
    def __init__(self):
        self.PATH = "embeddings"
        self.createEmbeddingsDir()

    def createEmbeddingsDir(self):
        """Make the folder where the FAISS pickles live."""
        if not os.path.exists(self.PATH):
            os.mkdir(self.PATH)

    def storeDocEmbeds(self, file, original_filename):
        """Split the upload, embed it and pickle the vector store."""
        with tempfile.NamedTemporaryFile(mode="wb", delete=False) as tmp_file:
            tmp_file.write(file)
            tmp_file_path = tmp_file.name

        splitter = RecursiveCharacterTextSplitter(chunk_size=2000, chunk_overlap=100, length_function=len)
        ext = os.path.splitext(original_filename)[1].lower()

        if ext == ".csv":
            loader = CSVLoader(file_path=tmp_file_path, encoding="utf-8", csv_args={"delimiter": ","})
            data = loader.load()
        elif ext == ".pdf":
            data = PyPDFLoader(file_path=tmp_file_path).load_and_split(splitter)
        elif ext == ".txt":
            data = TextLoader(file_path=tmp_file_path, encoding="utf-8").load_and_split(splitter)

        # embeddings = OpenAIEmbeddings()
        from langchain.embeddings import HuggingFaceEmbeddings

        modelpath = "intfloat/e5-large-v2"
        embeddings = HuggingFaceEmbeddings(model_name=modelpath)

        vectors = FAISS.from_documents(data, embeddings)
        os.remove(tmp_file_path)

        with open(f"{self.PATH}/{original_filename}.pkl", "wb") as f:
            pickle.dump(vectors, f)

    def getDocEmbeds(self, file, original_filename):
        if not os.path.isfile(f"{self.PATH}/{original_filename}.pkl"):
            self.storeDocEmbeds(file, original_filename)
        with open(f"{self.PATH}/{original_filename}.pkl", "rb") as f:
            return pickle.load(f)
