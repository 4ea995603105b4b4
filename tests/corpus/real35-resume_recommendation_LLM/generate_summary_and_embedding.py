import re
from model import load_model
from sentence_transformers import SentenceTransformer

def generate_summary(text, text_type='resume', llm=None):
    assert text_type in ["resume", "job_description"]
    label = "résumé" if text_type == "resume" else "job description"
    system_prompt = f"""
                You are a professional HR specialist.
                Summarize the {label} into five clearly labeled sections:
                **Experience & Achievements**, **Skills & Competencies**, **Culture Fit**,
                **Personal Traits** and **Education**, each as a readable paragraph.
                """
    messages = [
        {"role": "system", "content": system_prompt},
        {"role": "user", "content": f"Please analyze the following {label}:\n" + text},
    ]
    return llm(messages, max_new_tokens=1024)[0]["generated_text"][-1]["content"].strip()

def extract_section_text(summary_text):
    sections = re.split(r"\*\*([A-Za-z& ]+)\*\*", summary_text)
    return {sections[i].strip(): re.sub(r"^.*:\s*", "", sections[i + 1].strip())
            for i in range(1, len(sections) - 1, 2)}

def generate_summary_and_embedding(text, text_type="resume", model_id="sentence-transformers/all-MiniLM-L6-v2", llm_model=None, pipe=None):
    if pipe is None:
        pipe = load_model(model_path=llm_model)
    embedder = SentenceTransformer(model_id)

    summary = generate_summary(text, text_type, llm=pipe)
    section_texts = extract_section_text(summary)
    embeddings = {
        section: embedder.encode(content, convert_to_tensor=True)
        for section, content in section_texts.items()
    }
    return embeddings, section_texts
