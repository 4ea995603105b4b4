import os

import torch
from flask import Flask, jsonify, request
from transformers import AutoModelForCausalLM, AutoTokenizer

app = Flask(__name__)

# model comes from the environment
model_name = os.getenv('MODEL_NAME', 'gpt2')

lm = AutoModelForCausalLM.from_pretrained(model_name, torch_dtype=torch.float16)
tok = AutoTokenizer.from_pretrained(model_name)


@app.route('/generate', methods=['POST'])
def generate():
    body = request.get_json()
    ids = tok(body.get('prompt', ''), return_tensors="pt")
    out = lm.generate(
        ids['input_ids'],
        max_length=body.get('max_length', 100),
        temperature=body.get('temperature', 1.0),
        top_k=body.get('top_k', 50),
        top_p=body.get('top_p', 1.0),
    )
    return jsonify({"generated_text": tok.decode(out[0], skip_special_tokens=True)})


if __name__ == '__main__':
    app.run(host='0.0.0.0', port=8000)
