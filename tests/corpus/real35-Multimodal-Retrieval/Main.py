from langchain_community.vectorstores import FAISS
from langchain.embeddings.base import Embeddings
import numpy as np
from transformers import CLIPProcessor, CLIPModel
from PIL import Image
from langchain_core.documents import Document
import torch.nn.functional as F
import os

# Wrap CLIP in a LangChain-compatible embedding class
class CLIPEmbeddings(Embeddings):

    def __init__(self, model, processor):
        self.model = model
        self.processor = processor

    def embed_documents(self, texts):
        inputs = self.processor(text=texts, return_tensors="pt", padding=True)
        embs = self.model.get_text_features(**inputs)
        embs = F.normalize(embs, p=2, dim=-1)
        return embs.detach().cpu().numpy()

    def embed_query(self, text):
        inputs = self.processor(text=[text], return_tensors="pt", padding=True)
        embs = F.normalize(self.model.get_text_features(**inputs), p=2, dim=-1)
        return embs[0].detach().cpu().numpy()

    def embed_image(self, image):
        inputs = self.processor(images=image, return_tensors="pt")
        embs = F.normalize(self.model.get_image_features(**inputs), p=2, dim=-1)
        return embs.detach().cpu().numpy().squeeze()

def main():
    os.environ["HF_HUB_DISABLE_SYMLINKS_WARNING"] = "1"

    # Load CLIP
    clip_model = CLIPModel.from_pretrained("openai/clip-vit-base-patch16")
    clip_processor = CLIPProcessor.from_pretrained("openai/clip-vit-base-patch16")

    clip_embeddings = CLIPEmbeddings(clip_model, clip_processor)
    vectorstore = FAISS.from_texts(["cat", "dog", "camel", "laptop"], embedding=clip_embeddings)

    image_paths = ["Images/cat.jpg", "Images/dog.jpg", "Images/sofa.jpg"]
    docs, embs = [], []
    for path in image_paths:
      emb = clip_embeddings.embed_image(Image.open(path))
      embs.append(emb)
      docs.append(Document(page_content=path, metadata={"type": "image"}))
    vectorstore.add_embeddings([(doc.page_content, emb) for doc, emb in zip(docs, embs)])

    query = "animal"
    docs = vectorstore.similarity_search(query, k=3)
    print("Query is " + query + " Answer is " + docs[0].page_content)

    image = Image.open("Images/camel.jpg")
    docs = vectorstore.similarity_search_by_vector(clip_embeddings.embed_image(image), k=1)
    print("Query is " + image.filename + " Answer is ", docs[0].page_content)

if __name__ == '__main__':
    main()
