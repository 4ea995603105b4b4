import random

def random_13_digits():
    # Generate a random 13-digit number
    return random.randint(1000000000000, 9999999999999)

def get_human_payload(positive_prompt, width=768, height=1024):
    """Return the payload for prompts containing human-related keywords."""
    return {
        "client_id": "ec613a70350945ab9d33de76d7bc298e",
        "prompt": {
            "3": {
                "inputs": {
                    "seed": random_13_digits(),
                    "steps": 60,
                    "cfg": 7,
                    "sampler_name": "dpmpp_sde",
                    "scheduler": "karras",
                    "denoise": 1,
                    "model": ["10", 0],
                    "positive": ["6", 0],
                    "negative": ["7", 0],
                    "latent_image": ["5", 0]
                },
                "class_type": "KSampler",
                "_meta": {"title": "KSampler"}
            },
            "4": {
                "inputs": {
                    "ckpt_name": "realisticVisionV60B1_v51VAE.safetensors"
                },
                "class_type": "CheckpointLoaderSimple",
                "_meta": {"title": "Load Checkpoint"}
            },
            "5": {
                "inputs": {
                    "width": width,
                    "height": height,
                    "batch_size": 1
                },
                "class_type": "EmptyLatentImage",
                "_meta": {"title": "Empty Latent Image"}
            },
            "6": {
                "inputs": {
                    "text": positive_prompt,
                    "clip": ["10", 1]
                },
                "class_type": "CLIPTextEncode",
                "_meta": {"title": "CLIP Text Encode (Prompt)"}
            },
            "7": {
                "inputs": {
                    "text": "low-res, bad anatomy, incorrect anatomy, deformed limbs, extra limbs, missing limbs, malformed hands, malformed feet, extra fingers, extra toes, fewer fingers, fewer toes, floating limbs, disconnected limbs, poorly drawn hands, poorly drawn feet, distorted proportions, unnatural poses, blurry, low quality, jpeg artifacts, watermark, text, signature, username, artist name, cropped, disfigured, mutated, unnatural",
                    "clip": ["10", 1]
                },
                "class_type": "CLIPTextEncode",
                "_meta": {"title": "CLIP Text Encode (Prompt)"}
            },
            "8": {
                "inputs": {
                    "samples": ["3", 0],
                    "vae": ["4", 2]
                },
                "class_type": "VAEDecode",
                "_meta": {"title": "VAE Decode"}
            },
            "9": {
                "inputs": {
                    "filename_prefix": "ComfyUI",
                    "images": ["8", 0]
                },
                "class_type": "SaveImage",
                "_meta": {"title": "Save Image"}
            },
            "10": {
                "inputs": {
                    "lora_name": "Hands.safetensors",
                    "strength_model": 0.8500000000000002,
                    "strength_clip": 0.8500000000000002,
                    "model": ["17", 0],
                    "clip": ["17", 1]
                },
                "class_type": "LoraLoader",
                "_meta": {"title": "Load LoRA"}
            },
            "13": {
                "inputs": {
                    "lora_name": "Detail-Slider.safetensors",
                    "strength_model": 0.8000000000000002,
                    "strength_clip": 0.8000000000000002,
                    "model": ["4", 0],
                    "clip": ["4", 1]
                },
                "class_type": "LoraLoader",
                "_meta": {"title": "Load LoRA"}
            },
            "16": {
                "inputs": {
                    "lora_name": "better_body.safetensors",
                    "strength_model": 0.5000000000000001,
                    "strength_clip": 0.5000000000000001,
                    "model": ["13", 0],
                    "clip": ["13", 1]
                },
                "class_type": "LoraLoader",
                "_meta": {"title": "Load LoRA"}
            },
            "17": {
                "inputs": {
                    "lora_name": "mix4.safetensors",
                    "strength_model": 0.8000000000000002,
                    "strength_clip": 0.8000000000000002,
                    "model": ["16", 0],
                    "clip": ["16", 1]
                },
                "class_type": "LoraLoader",
                "_meta": {"title": "Load LoRA"}
            }
        },
