import io
import os
import re

import fitz
import requests
from langchain.docstore.document import Document
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from pymongo import MongoClient

model_name = "sentence-transformers/all-mpnet-base-v2"
model_kwargs = {}
encode_kwargs = {'normalize_embeddings': False}
hf = HuggingFaceEmbeddings(
    model_name=model_name,
    model_kwargs=model_kwargs,
    encode_kwargs=encode_kwargs
)

client = MongoClient("mongodb://localhost:27017/")
db = client.get_database("db_name")
collection = db.get_collection("chapters")

faiss_db = None
try:
    os.removedirs("faiss_index")
except Exception as e:
    print(e)

for chapter in collection.find({"pn": {"$ne": ""}}):
    try:
        groups = re.search(r"([1-9]|10|11|12)(EN|ENa|Sa|S|SF|Ma|M|SSa|SS|N|H|V|CS)[0-9]{2}(\.[0-9]{2})?",
                           chapter['_id'], re.IGNORECASE)
        first_page = chapter['pn']
        last_page = chapter['pn'] + chapter['len']
        textbook = db.textbooks.find_one({"prefix": groups[1] + groups[2]})
        url = "https://looma.website/content/" + textbook["fp"] + textbook['fn']
        text = ""
        with fitz.open(stream=io.BytesIO(requests.get(url).content)) as doc:
            for page in doc.pages(first_page, last_page, 1):
                text += page.get_text()
        docs = [Document(page_content=text, metadata={"source": url, "firstPage": first_page, "lastPage": last_page})]
        if faiss_db is None:
            faiss_db = FAISS.from_documents(docs, hf)
        faiss_db.add_documents(docs)
        faiss_db.save_local("faiss_index")
        print("[Added document to FAISS]", url, first_page, last_page)
    except Exception as e:
        print("Error: ", e)
