import torch
from fastapi import FastAPI, Request
from peft import PeftModel
from pydantic import BaseModel
from transformers import AutoModelForCausalLM, AutoTokenizer

# ----------------------------
# Load tokenizer and base model
# ----------------------------
base_model_id = "Qwen/Qwen2.5-0.5B-Instruct"
lora_model_id = "RevLash/promptly-tuned"

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

tokenizer = AutoTokenizer.from_pretrained(base_model_id, trust_remote_code=True)
base_model = AutoModelForCausalLM.from_pretrained(base_model_id, trust_remote_code=True)
model = PeftModel.from_pretrained(base_model, lora_model_id)
model.eval().to(device)

app = FastAPI()


class PromptRequest(BaseModel):
    prompt: str
    max_new_tokens: int = 128
    temperature: float = 0.7
    top_p: float = 0.9


@app.get("/health")
def health():
    return {"status": "healthy"}


def _generate(req: PromptRequest) -> str:
    inputs = tokenizer(req.prompt, return_tensors="pt").to(device)
    with torch.no_grad():
        outputs = model.generate(**inputs, max_new_tokens=req.max_new_tokens, temperature=req.temperature,
                                 top_p=req.top_p, do_sample=True, eos_token_id=tokenizer.eos_token_id)
    return tokenizer.decode(outputs[0], skip_special_tokens=True)


@app.post("/predict")
async def predict(request: Request):
    payload = await request.json()
    instances = payload.get("instances", [])
    if not instances:
        return {"error": "No instances provided in request"}
    return {"predictions": [_generate(PromptRequest(**instances[0]))]}


# Vertex AI-compatible route
@app.post("/v1/projects/{project}/locations/{region}/endpoints/{endpoint}:predict")
async def vertex_predict(project: str, region: str, endpoint: str, request: Request):
    payload = await request.json()
    return {"predictions": [_generate(PromptRequest(**payload["instances"][0]))]}
