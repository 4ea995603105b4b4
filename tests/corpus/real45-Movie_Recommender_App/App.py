import lancedb
import streamlit as st
from sentence_transformers import SentenceTransformer

from src.utils.load_yaml_file import load_yaml

uri = load_yaml()['uri']


@st.cache_resource
def load_model():
    return SentenceTransformer('paraphrase-MiniLM-L6-v2')


@st.cache_resource
def load_database():
    return lancedb.connect(uri).open_table("movies")


def retriever(query, table, model, k=5):
    """Semantic search over the movies table."""
    query_embedding = model.encode([query])[0]
    return table.search(query_embedding).limit(k).to_list()


def main():
    st.title("Movie Magic")
    st.sidebar.image("moviees.jpg", caption="Your Movie Partner", use_container_width=True)
    st.sidebar.markdown("**Powered by:** Streamlit, LanceDB, SentenceTransformers")

    model = load_model()
    table = load_database()

    query = st.text_area("Describe your ideal movie:",
                         placeholder="e.g., an animated action movie like Spider-Man: Into the Spider-Verse")
    k = st.slider("Number of recommendations:", min_value=1, max_value=10, value=5)

    if st.button("Find My Movie Match!") and query:
        for idx, movie in enumerate(retriever(query, table, model, k), 1):
            with st.expander(f"{idx}. {movie['original_title']}"):
                st.write(movie.get('overview', 'No overview available.'))


if __name__ == "__main__":
    main()
