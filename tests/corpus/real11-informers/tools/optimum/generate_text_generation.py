import tempfile
from pathlib import Path

from optimum.onnxruntime import ORTModelForCausalLM

# TODO: the exported graph does not load yet

out = Path(tempfile.mkdtemp(), "text-generation.onnx")
ort_model = ORTModelForCausalLM.from_pretrained("gpt2", from_transformers=True)
ort_model.save_pretrained(out.parent, file_name=out.name)
print(out)
