import json
import time

from mlx_lm import generate, load

# base model, before fine-tuning:
# with open('../models/Qwen1.5-32B-Chat/tokenizer_config.json') as fh:
#     tok_cfg = json.load(fh)

with open('../models/Qwen1.5-32B-Chat-FT-4Bit/tokenizer_config.json') as fh:
    tok_cfg = json.load(fh)

# model, tokenizer = load("mlx_model/Qwen1.5-32B-Chat/", tokenizer_config=tok_cfg)

model, tokenizer = load(
    "../models/Qwen1.5-32B-Chat-FT-4Bit/",
    tokenizer_config=tok_cfg,
)

with open('../text/chat_template.txt') as fh:
    template = fh.read()

while True:
    user = input("user: ")
    if user.lower() == 'quit()':
        break
    t0 = time.time()
    answer = generate(
        model,
        tokenizer,
        prompt=template.replace("{usr_msg}", user),
        temp=0.3,
        max_tokens=500,
        verbose=False,
    )
    print(f"bot: {answer} ({(time.time() - t0) * 1000:.0f} ms)\n")
