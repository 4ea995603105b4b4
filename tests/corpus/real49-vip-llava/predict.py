import os
import subprocess
import time
from threading import Thread

import requests
import torch
from cog import BasePredictor, ConcatenateIterator, Input, Path
from PIL import Image
from transformers.generation.streamers import TextIteratorStreamer

from llava.constants import DEFAULT_IMAGE_TOKEN, IMAGE_TOKEN_INDEX
from llava.conversation import SeparatorStyle, conv_templates
from llava.mm_utils import KeywordsStoppingCriteria, tokenizer_image_token
from llava.model.builder import load_pretrained_model
from llava.utils import disable_torch_init

os.environ["HUGGINGFACE_HUB_CACHE"] = os.getcwd() + "/weights"

# mirror of the weights
REPLICATE_WEIGHTS_URL = "https://weights.replicate.delivery/default"
weights = [
    {
        "dest": "mucai/vip-llava-13b",
        # commit hash on the hub
        "src": "vip-llava-13b/4b1ca568cb9ce76ff9209b311aa535e8216bdd09",
        "files": [
            "config.json",
            "generation_config.json",
            "pytorch_model-00001-of-00003.bin",
            "pytorch_model.bin.index.json",
            "tokenizer.model",
            "tokenizer_config.json",
        ],
    },
    {
        "dest": "openai/clip-vit-large-patch14-336",
        "src": "clip-vit-large-patch14-336/ce19dc912ca5cd21c8a653c79e251e808ccabcd1",
        "files": ["config.json", "preprocessor_config.json", "pytorch_model.bin"],
    },
]


def download_weights(baseurl: str, basedest: str, files: list[str]):
    basedest = Path(basedest)
    start = time.time()
    basedest.mkdir(parents=True, exist_ok=True)
    for f in files:
        dest = basedest / f
        url = os.path.join(REPLICATE_WEIGHTS_URL, baseurl, f)
        if not dest.exists():
            subprocess.check_call(["pget", url, str(dest)], close_fds=False)
    print("downloading took: ", time.time() - start)


class Predictor(BasePredictor):
    def setup(self) -> None:
        for weight in weights:
            download_weights(weight["src"], weight["dest"], weight["files"])
        disable_torch_init()
        self.tokenizer, self.model, self.image_processor, self.context_len = load_pretrained_model(
            "mucai/vip-llava-13b", model_name="vip-llava-13b", model_base=None, load_8bit=False, load_4bit=False
        )

    def predict(
        self,
        image: Path = Input(description="Input image"),
        prompt: str = Input(description="Prompt to use for text generation"),
        temperature: float = Input(description="Sampling temperature", default=0.2, ge=0.0),
        max_tokens: int = Input(description="Maximum number of tokens to generate", default=1024, ge=0),
    ) -> ConcatenateIterator[str]:
        conv = conv_templates["llava_v1"].copy()
        image_tensor = self.image_processor.preprocess(load_image(str(image)), return_tensors="pt")["pixel_values"].half().cuda()
        conv.append_message(conv.roles[0], DEFAULT_IMAGE_TOKEN + "\n" + prompt)
        conv.append_message(conv.roles[1], None)
        input_ids = tokenizer_image_token(conv.get_prompt(), self.tokenizer, IMAGE_TOKEN_INDEX, return_tensors="pt").unsqueeze(0).cuda()
        stop_str = conv.sep if conv.sep_style != SeparatorStyle.TWO else conv.sep2
        stopping = KeywordsStoppingCriteria([stop_str], self.tokenizer, input_ids)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, timeout=20.0)
        with torch.inference_mode():
            thread = Thread(target=self.model.generate, kwargs=dict(
                inputs=input_ids, images=image_tensor, do_sample=True, temperature=temperature,
                max_new_tokens=max_tokens, streamer=streamer, use_cache=True, stopping_criteria=[stopping]))
            thread.start()
            for new_text in streamer:
                if new_text.endswith(stop_str):
                    new_text = new_text[: -len(stop_str)].strip()
                if new_text:
                    yield new_text
            thread.join()


def load_image(image_file):
    if image_file.startswith("http"):
        return Image.open(requests.get(image_file, stream=True).raw).convert("RGB")
    return Image.open(image_file).convert("RGB")
