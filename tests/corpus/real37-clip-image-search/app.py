import pickle

import clip
import faiss
import numpy as np
import streamlit as st
import torch
from PIL import Image

st.set_page_config(layout="wide")


@st.cache_resource
def load_data(faiss_index_path, embeddings_path, device=0):
    index = faiss.read_index(faiss_index_path)
    with open(embeddings_path, 'rb') as f:
        results = pickle.load(f)
    model, preprocess = clip.load('ViT-B/32', device)
    return index, results['img_path'], model, preprocess


device = 1
faiss_index_path = 'results/index.faiss'
embeddings_path = 'results/embeddings.pkl'
index, embedding_path_list, model, preprocess = load_data(faiss_index_path, embeddings_path, device)

search_mode = st.sidebar.selectbox('Search mode', ('Image', 'Text'))
num_search = st.sidebar.slider('Number of search results', 1, 10, 5)
images_per_row = st.sidebar.slider('Images per row', 1, num_search, min(5, num_search))

if search_mode == 'Image':
    img_idx = st.slider('Image index', 0, len(embedding_path_list) - 1, 0)
    img_path = embedding_path_list[img_idx]
    img = Image.open(img_path).convert('RGB')
    st.image(img, caption=f'Query Image: {img_path}')
    with torch.no_grad():
        features = model.encode_image(preprocess(img).unsqueeze(0).to(device))
else:
    query_text = st.text_input('Enter a search term:')
    with torch.no_grad():
        features = model.encode_text(clip.tokenize([query_text]).to(device))

features /= features.norm(dim=-1, keepdim=True)
D, I = index.search(features.detach().cpu().numpy().astype(np.float32), num_search)
match_path_list = [embedding_path_list[i] for i in I[0]]

num_rows = -(-num_search // images_per_row)
for i in range(num_rows):
    cols = st.columns(images_per_row)
    for j in range(images_per_row):
        idx = i * images_per_row + j
        if idx < num_search:
            path = match_path_list[idx]
            cols[j].image(Image.open(path).convert('RGB'), caption=f'Distance: {D[0][idx]:.2f} path {path}', use_column_width=True)
