def setup_sidebar():
    """Configura el panel lateral"""
    with st.sidebar:
        st.header("⚙️ Configuración del Modelo")
        st.slider("Temperatura", 0.0, 1.0, 0.7, 0.01, key="temperature")
        st.slider("Top-P", 0.1, 1.0, 0.9, 0.01, key="top_p")
        st.slider("Top-K", 1, 100, 50, key="top_k")

        if st.button("🧹 Limpiar memoria"):
            st.session_state.memory.clear()
            st.session_state.messages = []
            st.success("🧠 Memoria limpiada")
            st.rerun()

def main():
    """Función principal de la aplicación"""
    st.set_page_config(
        page_title="Chatbot RAG PDF", 
        page_icon="📄", 
        layout="centered"
    )
    st.title("📄 Chatbot RAG con Memoria Persistente")

    initialize_session_state()
    setup_sidebar()

    # Carga de PDF
    uploaded_file = st.file_uploader("Sube un archivo PDF", type="pdf")
    if uploaded_file:
        os.makedirs("data", exist_ok=True)
        doc_path = os.path.join("data", "documento.pdf")

        with open(doc_path, "wb") as f:
            f.write(uploaded_file.getbuffer())

        try:
            chunks = st.session_state.rag.process_pdf(doc_path)
            st.success(f"✅ Documento cargado y dividido en {chunks} fragmentos.")
        except Exception as e:
            st.error(f"❌ Error al procesar el PDF: {str(e)}")

    # Mostrar historial de mensajes
    for message in st.session_state.messages:
        with st.chat_message(message["role"]):
            st.markdown(message["content"])

    # Procesar entrada del usuario
    if prompt := st.chat_input("Haz una pregunta sobre el documento"):
        try:
            # Mostrar mensaje del usuario
            with st.chat_message("user"):
                st.markdown(prompt)

            # Obtener documentos relevantes
            docs = st.session_state.rag.query(prompt)

            # Configurar LLM
            llm = Ollama(
                model="llama3",
                temperature=st.session_state.temperature,
                top_p=st.session_state.top_p,
                top_k=st.session_state.top_k
            )

            # Crear y ejecutar cadena
            prompt_template = ChatPromptTemplate.from_template(PROMPT_TEMPLATE)
            chain = create_stuff_documents_chain(llm, prompt_template)

            response = chain.invoke({
                "input": prompt,
                "context": docs,
                "chat_history": st.session_state.memory.load_memory_variables({})
            })

            # Mostrar respuesta
            with st.chat_message("assistant"):
                st.markdown(response)

            # Guardar en memoria
            input_data = {"input": prompt}
            output_data = {"output": response}
            
            st.session_state.messages.append({"role": "user", "content": prompt})
            st.session_state.messages.append({"role": "assistant", "content": response})
            
            st.session_state.memory.save_context(input_data, output_data)
            backup_message_to_json(prompt, response)

        except Exception as e:
            st.error(f"⚠️ Error al generar respuesta: {str(e)}")
            logger.error(f"Error en el flujo principal: {str(e)}")

if __name__ == "__main__":
    main()