#-> streamlit run rag_app.py

## for db
import chromadb  # 0.5.0
## for ai
import ollama  # 0.5.0
## for app
import streamlit as st  # 1.35.0
## for extracting text and embedding PDF
import pytesseract
from tqdm import tqdm
import pdf2image


class AI():
    def __init__(self):
        db = chromadb.PersistentClient()
        self.collection = db.get_or_create_collection("vector_db")

    def query(self, q, top=10):
        res_db = self.collection.query(query_texts=[q])["documents"][0][0:top]
        return ' '.join(res_db).replace("\n", " ")

    def respond(self, lst_messages, model="llama3", use_knowledge=False):
        context = self.query(lst_messages[-1]["content"])
        if use_knowledge:
            prompt = "Give the most accurate answer using your knowledge and the following additional information: \n" + context
        else:
            prompt = "Give the most accurate answer using only the following information: \n" + context
        res_ai = ollama.chat(model=model,
                             messages=[{"role": "system", "content": prompt}] + lst_messages,
                             stream=True)
        for res in res_ai:
            chunk = res["message"]["content"]
            app["full_response"] += chunk
            yield chunk

    def upload_document(self, file):
        collection_name = "vector_db"
        db = chromadb.PersistentClient()
        images = pdf2image.convert_from_bytes(file.read())
        doc_text = [pytesseract.image_to_string(img) for img in tqdm(images)]
        lst_docs, lst_ids = [], []
        for n, page in enumerate(doc_text):
            for i, p in enumerate(page.split('\n\n')):
                if len(p.strip()) > 5:
                    lst_docs.append(p.strip())
                    lst_ids.append(f"{n}_{i}")
        if collection_name in [c.name for c in db.list_collections()]:
            db.delete_collection(collection_name)
        collection = db.get_or_create_collection(name=collection_name,
                                                 embedding_function=chromadb.utils.embedding_functions.DefaultEmbeddingFunction())
        collection.add(documents=lst_docs, ids=lst_ids)


ai = AI()

st.title('💬 Write your questions')
app = st.session_state
if "messages" not in app:
    app["messages"] = [{"role": "assistant", "content": "I'm ready to retrieve information"}]
if 'full_response' not in app:
    app['full_response'] = ''

for msg in app["messages"]:
    st.chat_message(msg["role"]).write(msg["content"])

if txt := st.chat_input():
    app["messages"].append({"role": "user", "content": txt})
    st.chat_message("user", avatar="😎").write(txt)
    app["full_response"] = ""
    st.chat_message("assistant", avatar="👾").write_stream(ai.respond(app["messages"]))
    app["messages"].append({"role": "assistant", "content": app["full_response"]})

with st.sidebar.container():
    document = st.file_uploader("Choose a document")
    if st.button("Upload Document") and document:
        ai.upload_document(document)
