import streamlit as st
from api_utils import upload_document, list_documents, delete_document

# def display_sidebar():
#     # Model selection
#     model_options = ["llama-3.1-8b-instant","gemma"]
#     st.sidebar.selectbox("Select Model", options=model_options, key="model")


def display_sidebar():
    # Model selection with correct model identifiers
    model_mapping = {
        "LLaMA 3.1": "llama-3.1-8b-instant",
        "Gemma": "gemma2-9b-it"
    }

    selected_model_name = st.sidebar.selectbox(
        "Select Model",
        options=list(model_mapping.keys()),
        key="model_name"
    )
    st.session_state.model = model_mapping[selected_model_name]
    st.sidebar.caption(f"Using model: {st.session_state.model}")

    st.sidebar.header("Document Management")
    uploaded_file = st.sidebar.file_uploader("Choose a file", type=["pdf", "docx", "html"])
    if uploaded_file and st.sidebar.button("Upload"):
        upload_document(uploaded_file)

    st.sidebar.header("Uploaded Documents")
    if st.sidebar.button("Refresh Document List"):
        st.session_state.documents = list_documents()

    if st.session_state.get("documents"):
        selected_file_id = st.sidebar.selectbox("Select a document to delete",
                                                options=[doc['id'] for doc in st.session_state.documents])
        if st.sidebar.button("Delete Selected Document"):
            if delete_document(selected_file_id):
                st.session_state.documents = list_documents()
