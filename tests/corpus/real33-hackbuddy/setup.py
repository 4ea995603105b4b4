import pandas as pd
from langchain.docstore.document import Document
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import Chroma

# Load ideas.csv
df = pd.read_csv("chatbot/data/ideas.csv")

docs = []
for _, row in df.iterrows():
    full_text = (
        f"Title: {row['Title']}\nCategory: {row['Category']}\n"
        f"Tech Stack: {row['Tech Stack']}\nDifficulty: {row['Difficulty']}\n"
        f"Description: {row['Description']}"
    )
    docs.append(Document(page_content=full_text))

# Embed using HuggingFace
embedding = HuggingFaceEmbeddings(model_name="thenlper/gte-small")

# Store in Chroma vector DB
db = Chroma.from_documents(docs, embedding=embedding, persist_directory="embeddings/ideas")
db.persist()
print("Your project ideas are now stored in ChromaDB!")
