import os
import argparse
from pathlib import Path
import pandas as pd

parser = argparse.ArgumentParser()
parser.add_argument("--tmpdir", type=str, default=None, help="Temporary directory for Gradio uploads")
args, _ = parser.parse_known_args()

tmpdir = args.tmpdir or os.environ.get("GRADIO_TMPDIR") or "./gradio_tmp"
Path(tmpdir).mkdir(parents=True, exist_ok=True)
os.environ["TMPDIR"] = tmpdir

import gradio as gr
from inference import run_single_similarity, run_batch_similarity
from data import load_text
from model import load_model
from explanation import result_explanation

pipe = load_model()

def gradio_inference(jd_file, cv_files, top_k, w_exp, w_skills, w_culture, w_traits, w_edu):
    jd_path = jd_file.name
    jd_text = load_text(jd_path)
    weights = {
        "Experience & Achievements": w_exp,
        "Skills & Competencies": w_skills,
        "Culture Fit": w_culture,
        "Personal Traits": w_traits,
        "Education": w_edu
    }

    if len(cv_files) == 1:
        cv_path = cv_files[0].name
        final_score, section_scores = run_single_similarity(
            jd_path=jd_path,
            cv_path=cv_path,
            SECTION_WEIGHTS=weights,
            model_id="sentence-transformers/all-MiniLM-L6-v2",
            pipe=pipe
        )
        prompt = result_explanation(load_text(cv_path), jd_text)
        explanation = pipe(prompt, max_new_tokens=1024)[0]["generated_text"]
        section_text = "\n".join([f"- {k}: {round(v, 4)}" for k, v in section_scores.items()])
        return round(final_score, 4), f"Section Scores:\n{section_text}\n\nExplanation:\n{explanation}", None

    results = run_batch_similarity(
        jd_path=jd_path,
        cv_input=[f.name for f in cv_files],
        SECTION_WEIGHTS=weights,
        model_id="sentence-transformers/all-MiniLM-L6-v2",
        pipe=pipe
    )
    results_sorted = sorted(results, key=lambda x: x["Similarity Score"], reverse=True)
    return None, None, pd.DataFrame(results_sorted[:top_k])

with gr.Blocks() as demo:
    gr.Markdown("## 📄 Resume ⇄ Job Description Matching Tool (LLM Summary + Adjustable Weights)")
    with gr.Row():
        jd_input = gr.File(label="Upload Job Description (PDF or TXT)", file_types=[".pdf", ".txt"])
        cv_input = gr.File(label="Upload Resumes (PDF or TXT)", file_types=[".pdf", ".txt"], file_count="multiple")
    with gr.Row():
        weights = [gr.Number(label=name, value=0.2, step=0.01) for name in
                   ["Experience & Achievements", "Skills & Competencies", "Culture Fit", "Personal Traits", "Education"]]
    top_n_slider = gr.Slider(minimum=1, maximum=20, step=1, value=5, label="Top N Results (Batch Mode Only)")
    outputs = [gr.Number(label="Similarity Score"), gr.Textbox(lines=15), gr.Dataframe(interactive=False)]
    gr.Button("Run Matching").click(fn=gradio_inference, inputs=[jd_input, cv_input, top_n_slider, *weights], outputs=outputs)

if __name__ == "__main__":
    #demo.launch(server_name="0.0.0.0", server_port=7860, share=False)
    demo.launch(server_name="0.0.0.0", share=False)
