import re

import streamlit as st
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

st.set_page_config(page_title="AI Language Translator", page_icon="🌍", layout="wide")

LANGUAGE_NAMES = {
    'en': 'English', 'es': 'Spanish', 'fr': 'French', 'de': 'German', 'it': 'Italian',
    'pt': 'Portuguese', 'ru': 'Russian', 'zh': 'Chinese', 'ja': 'Japanese', 'ko': 'Korean',
}


@st.cache_resource
def load_models():
    """Load the translation model"""
    try:
        tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2-0.5B")
        model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2-0.5B")
        return tokenizer, model
    except Exception as e:
        st.error(f"Error loading models: {e}")
        return None, None


def generate(prompt, tokenizer, model, max_new_tokens, **kwargs):
    inputs = tokenizer(prompt, return_tensors="pt").input_ids
    with torch.no_grad():
        output = model.generate(inputs, max_new_tokens=max_new_tokens,
                                pad_token_id=tokenizer.eos_token_id, **kwargs)
    return tokenizer.decode(output[0][len(inputs[0]):], skip_special_tokens=True).strip()


def detect_language(text, tokenizer, model):
    if not text.strip():
        return "Unknown"
    prompt = f"Identify the language of the following text. Respond with only the language name.\n\nText: {text[:200]}\nLanguage:"
    detected = re.sub(r'^(Language:|Text:)', '', generate(prompt, tokenizer, model, 10, do_sample=False)).strip()
    for name in LANGUAGE_NAMES.values():
        if name.lower() in detected.lower():
            return name
    return detected.title() if detected.isalpha() else "Unknown"


def translate_to_french(text, source_language, tokenizer, model):
    examples = ("English: Hello, how are you?\nFrench: Bonjour, comment allez-vous?\n\n"
                "English: Thank you very much.\nFrench: Merci beaucoup.")
    prompt = f"Translate to French:\n\n{examples}\n\n{source_language}: {text}\nFrench:"
    out = generate(prompt, tokenizer, model, 50, do_sample=True, temperature=0.3, top_p=0.9)
    return out.split('\n')[0].strip() or "Translation not available"


def main():
    st.title("🌍 AI Language Translator")
    with st.spinner("Loading AI models..."):
        tokenizer, model = load_models()
    if tokenizer is None:
        return
    input_text = st.text_area("Enter text in any language:", height=150)
    if st.button("🔄 Translate to French", type="primary") and input_text.strip():
        lang = detect_language(input_text, tokenizer, model)
        st.markdown(f"**Detected Language:** `{lang}`")
        st.success(translate_to_french(input_text, lang, tokenizer, model))
    st.markdown(
        """
        <div style='text-align: center'>
            <p>🤖 Powered by Qwen2-0.5B for Language Detection & Translation | Built with Streamlit</p>
        </div>
        """,
        unsafe_allow_html=True,
    )


if __name__ == "__main__":
    main()
