import torch
from diffusers import AutoPipelineForText2Image
from safetensors.torch import load_file

embedding_file = "/path/to/textual_inversion"
weights = load_file(embedding_file)

pipe = AutoPipelineForText2Image.from_pretrained(
    "stabilityai/stable-diffusion-xl-base-1.0",
    variant="fp16",
    torch_dtype=torch.float16,
).to("cuda")

pipe.load_textual_inversion(weights["clip_g"], token="<token>", text_encoder=pipe.text_encoder_2, tokenizer=pipe.tokenizer_2)
pipe.load_textual_inversion(weights["clip_l"], token="<token>", text_encoder=pipe.text_encoder, tokenizer=pipe.tokenizer)

image = pipe("<token>").images[0]
