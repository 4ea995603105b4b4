    # Available Claude models
    CLAUDE_MODELS = {
        "Claude 3 Haiku": "claude-3-haiku-20240307",
        "Claude 3 Sonnet": "claude-3-sonnet-20240229",
        "Claude 3 Opus": "claude-3-opus-20240229",
        "Claude 3.5 Sonnet (Default)": "claude-3-5-sonnet-20240620",
        "Claude 3.5 Sonnet (Latest)": "claude-3-5-sonnet-20241022"
    }

    # Initialize session states
    if "all_chats" not in st.session_state:
        st.session_state.all_chats = load_chats_from_firebase()
    if "current_chat_id" not in st.session_state:
        st.session_state.current_chat_id = "Default Chat"
    if "system_prompt" not in st.session_state:
        st.session_state.system_prompt = "You are a helpful AI assistant."
    if "max_tokens" not in st.session_state:
        st.session_state.max_tokens = 4000
    if "temperature" not in st.session_state:
        st.session_state.temperature = 1.0
    if "selected_model" not in st.session_state:
        st.session_state.selected_model = "Claude 3.5 Sonnet (Default)"
    if "show_copy_text" not in st.session_state:
        st.session_state.show_copy_text = {}

    # Initialize default chat if it doesn't exist
    if "Default Chat" not in st.session_state.all_chats:
        st.session_state.all_chats["Default Chat"] = []
        save_chat_to_firebase("Default Chat", [])

    # Sidebar
    with st.sidebar:
        st.markdown('<p class="sidebar-header">🤖 Configuration</p>', unsafe_allow_html=True)
        
        # API Key Section
        with st.expander("🔑 API KEY", expanded=True):
            api_key = st.text_input(
                "Anthropic API Key",
                type="password",
                placeholder="sk-ant-api...",
                help="Enter your Anthropic API key",
                key="api_key_input"
            )
            st.markdown("""
                <p style="font-size: 0.8em; color: #666;">
                    Don't have an API key? Get one from 
                    <a href="https://console.anthropic.com/" target="_blank">Anthropic's Console</a>
                </p>
            """, unsafe_allow_html=True)
