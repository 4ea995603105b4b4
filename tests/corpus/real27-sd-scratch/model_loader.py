import numpy as np
from PIL import Image
import traceback
import torch
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file
from transformers import CLIPTokenizer
from Stable_Diffusion import clip, encoder, decoder, diffusion
from pipeline import generate


def load_input_image(pil_image, device='cpu'):
    if pil_image is None:
        return None
    image = pil_image.convert("RGB").resize((512, 512))
    image = np.array(image).astype(np.float32) / 255.0
    return torch.from_numpy(image).permute(2, 0, 1).unsqueeze(0).to(device)


class StableDiffusionEngine:
    def __init__(self, device):
        self.device = device
        self.models = None
        self.tokenizer = None

        self.repo_id = "hoshikrana/stable_diffusion_image_generation_v1"
        self.clip_filename = "model_safetensors_files/clip_model_state_dict.safetensors"
        self.encoder_filename = "model_safetensors_files/encoder_model_state_dict.safetensors"
        self.decoder_filename = "model_safetensors_files/decoder_model_state_dict.safetensors"
        self.diffusion_filename = "model_safetensors_files/diffusion_model_state_dict_merged.safetensors"

    def download_and_load(self, filename):
        local_path = hf_hub_download(
            repo_id=self.repo_id,
            filename=filename,
            repo_type="model",
        )
        print(f"Downloaded {filename} to local path: {local_path}")
        return load_file(local_path, device=self.device)

    def load_models(self):
        print("Downloading and loading models from Hugging Face Hub...")
        try:
            clip_model = clip.CLIP().to(self.device)
            encoder_model = encoder.VAE_Encoder().to(self.device)
            decoder_model = decoder.VAE_Decoder().to(self.device)
            diffusion_model = diffusion.Diffusion().to(self.device)

            clip_model.load_state_dict(self.download_and_load(self.clip_filename))
            encoder_model.load_state_dict(self.download_and_load(self.encoder_filename))
            decoder_model.load_state_dict(self.download_and_load(self.decoder_filename))
            diffusion_model.load_state_dict(self.download_and_load(self.diffusion_filename))

            self.tokenizer = CLIPTokenizer.from_pretrained(
                "hoshikrana/stable_diffusion_image_generation_v1",
                subfolder="tokenizer"
            )
            self.models = {
                'clip': clip_model.eval(),
                'encoder': encoder_model.eval(),
                'decoder': decoder_model.eval(),
                'diffusion': diffusion_model.eval(),
                'tokenizer': self.tokenizer,
            }
            return True
        except Exception as e:
            print(f"Error downloading or loading models: {e}")
            print(traceback.format_exc())
            self.models = None
            return False

    def generate_image(self, prompt, uncond_prompt='', input_image=None, strength=0.75, do_cfg=True,
                       cfg_scale=7.5, sampler_name='ddpm', n_inference_steps=50, seed=None):
        output_array = generate(
            prompt=prompt, uncond_prompt=uncond_prompt,
            input_image=input_image.squeeze() if input_image is not None else None,
            strength=strength, do_cfg=do_cfg, cfg_scale=cfg_scale, sampler_name=sampler_name,
            n_inference_steps=n_inference_steps, models=self.models, seed=seed,
            device=self.device, tokenizer=self.tokenizer,
        )
        return Image.fromarray(output_array)
