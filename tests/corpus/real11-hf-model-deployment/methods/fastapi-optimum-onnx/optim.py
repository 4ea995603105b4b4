from optimum.onnxruntime import ORTModelForSequenceClassification
from transformers import AutoTokenizer

checkpoint_dir = "./bart-large-mnli"
export_dir = "./onnx/"

tok = AutoTokenizer.from_pretrained(checkpoint_dir)
onnx_model = ORTModelForSequenceClassification.from_pretrained(checkpoint_dir, from_transformers=True)

# write model.onnx and the tokenizer files side by side
onnx_model.save_pretrained(export_dir)
tok.save_pretrained(export_dir)
