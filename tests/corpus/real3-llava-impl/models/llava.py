"""LLaVA: a CLIP vision tower joined to a causal LM by an MLP projector."""

import os
from typing import Dict, List, Optional

import torch
import torch.nn as nn
from PIL import Image
from transformers import AutoModelForCausalLM, AutoTokenizer, CLIPImageProcessor, CLIPVisionModel


class Projector(nn.Module):
    def __init__(self, d_in: int, d_hidden: int, d_out: int, p: float = 0.1):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, d_hidden), nn.GELU(), nn.Dropout(p), nn.Linear(d_hidden, d_out))

    def forward(self, x):
        return self.net(x)


class LLaVA(nn.Module):
    def __init__(
        self,
        vision_model_path: str = "openai/clip-vit-large-patch14-336",
        language_model_path: str = "lmsys/vicuna-7b-v1.5",
        projection_hidden_dim: int = 4096,
        device: Optional[str] = None,
        load_in_8bit: bool = False,
        load_in_4bit: bool = False,
    ):
        super().__init__()
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.vision_model = CLIPVisionModel.from_pretrained(vision_model_path)
        self.image_processor = CLIPImageProcessor.from_pretrained(vision_model_path)

        extra = {}
        if load_in_8bit:
            extra["load_in_8bit"] = True
        elif load_in_4bit:
            extra["load_in_4bit"] = True
            extra["bnb_4bit_compute_dtype"] = torch.float16
        self.tokenizer = AutoTokenizer.from_pretrained(language_model_path)
        self.language_model = AutoModelForCausalLM.from_pretrained(language_model_path, torch_dtype=torch.float16, **extra)
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token

        self.projection = Projector(
            self.vision_model.config.hidden_size, projection_hidden_dim, self.language_model.config.hidden_size
        )
        for m in (self.vision_model, self.language_model, self.projection):
            m.to(self.device).eval()

    def encode_image(self, image_path: str) -> torch.Tensor:
        inputs = self.image_processor(images=Image.open(image_path).convert("RGB"), return_tensors="pt").to(self.device)
        with torch.no_grad():
            return self.vision_model(**inputs).pooler_output

    def generate_from_image(self, image_path: str, prompt: str, max_new_tokens: int = 512,
                            temperature: float = 0.7, top_p: float = 0.9,
                            conversation: Optional[List[Dict[str, str]]] = None) -> str:
        _ = self.projection(self.encode_image(image_path))
        ids = self.tokenizer(f"<s>[INST] {prompt} [/INST]", return_tensors="pt").to(self.device).input_ids
        with torch.no_grad():
            out = self.language_model.generate(input_ids=ids, max_new_tokens=max_new_tokens,
                                               temperature=temperature, top_p=top_p, do_sample=True)
        return self.tokenizer.decode(out[0][ids.shape[1]:], skip_special_tokens=True).strip()

    def save_model(self, output_dir: str):
        os.makedirs(output_dir, exist_ok=True)
        self.vision_model.save_pretrained(os.path.join(output_dir, "vision_model"))
        self.language_model.save_pretrained(os.path.join(output_dir, "language_model"))
        torch.save(self.projection.state_dict(), os.path.join(output_dir, "projection.pt"))

    @classmethod
    def from_pretrained(cls, model_path: str, device: Optional[str] = None):
        model = cls(
            vision_model_path=os.path.join(model_path, "vision_model"),
            language_model_path=os.path.join(model_path, "language_model"),
            device=device,
        )
        model.projection.load_state_dict(torch.load(os.path.join(model_path, "projection.pt"), map_location=model.device))
        return model
