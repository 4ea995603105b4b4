import torch
import gradio as gr
import torch.nn.functional as F
from transformers import AutoTokenizer

from finsentiment.modeling.bert import FinancialSentimentModel
from finsentiment.config import MODEL_NAME

CHECKPOINT_PATH = "models/multi_task_model_phase2.pt"
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"

print(f"Loading model from {CHECKPOINT_PATH}...")
tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)
model = FinancialSentimentModel()
model.load_state_dict(torch.load(CHECKPOINT_PATH, map_location=DEVICE, weights_only=True))
model.to(DEVICE)
model.eval()


def analyze_text(text):
    inputs = tokenizer(text, return_tensors="pt", padding=True, truncation=True, max_length=128).to(DEVICE)
    with torch.no_grad():
        cls_logits = model(inputs["input_ids"], inputs["attention_mask"], task_type="classification")
        probs = F.softmax(cls_logits, dim=1).squeeze().cpu().tolist()
        score = model(inputs["input_ids"], inputs["attention_mask"], task_type="regression").item()
    labels = ["Negative", "Neutral", "Positive"]
    if isinstance(probs, float):
        probs = [probs]
    return {label: prob for label, prob in zip(labels, probs)}, score


demo = gr.Interface(
    fn=analyze_text,
    inputs=gr.Textbox(placeholder="Apple beats earnings estimates...", label="Financial Text"),
    outputs=[gr.Label(num_top_classes=3, label="Sentiment Class"), gr.Number(label="FiQA Intensity Score")],
    title="Financial Sentiment LLM",
    description="Research prototype: a multi-task FinBERT predicting sentiment class and intensity.",
    examples=[["The company reported a record profit increase of 20%."]],
)

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", server_port=7860)
