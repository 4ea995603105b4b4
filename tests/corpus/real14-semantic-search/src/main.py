import streamlit as st
from sentence_transformers import SentenceTransformer

from indexing import build_faiss_index, search
from load_embeddings import load_embeddings, load_sentences

ENCODER = "bert-base-nli-mean-tokens"

INDEX_LABELS = {
    "FlatL2": "Flat L2 (exact)",
    "IVFFlat": "IVF Flat (partitioned)",
    "IVFPQ": "IVF PQ (partitioned + quantised)",
}


@st.cache_resource
def get_encoder():
    return SentenceTransformer(ENCODER)


def app():
    st.title("Semantic search over a FAISS index")
    st.write("Pick an index type, then type a sentence.")

    try:
        encoder = get_encoder()
        corpus = load_sentences()
        vectors = load_embeddings()
    except Exception as exc:  # noqa: BLE001
        st.error(f"Could not load resources: {exc}")
        st.stop()

    kind = st.selectbox("Index type", tuple(INDEX_LABELS), format_func=INDEX_LABELS.get)
    st.write(f"Building the {kind} index ...")
    index = build_faiss_index(vectors, kind)

    query = st.text_input("Query", "something about software engineering")
    if st.button("Search"):
        if not query.strip():
            st.warning("Type a sentence first.")
            return
        hits, took = search(index, encoder, corpus, query, k=5, device="cpu")
        st.write(f"{took:.4f} s")
        st.markdown("### Top 5")
        for rank, (sentence, dist) in enumerate(hits, 1):
            st.write(f"**{rank}.** {sentence}  \n_L2: {dist:.4f}_")


if __name__ == "__main__":
    app()
