''' CUDA 11.8 build:
pip install https://github.com/vllm-project/vllm/releases/download/v0.2.2/vllm-0.2.2+cu118-cp310-cp310-manylinux1_x86_64.whl
pip install torch --upgrade --index-url https://download.pytorch.org/whl/cu118
'''

import json
import os

import pandas as pd
import torch
from sentence_transformers import SentenceTransformer
from tqdm import tqdm
from vllm import LLM, SamplingParams


class PromptWriter:
    def __init__(self, origin_file: str = "data/train/info_trans.csv",
                 augment_file: str = "data/train/train_caption_v3.json"):
        self.embedder = SentenceTransformer('sentence-transformers/all-MiniLM-L6-v2')
        self.llm = LLM(model="mistralai/Mistral-7B-Instruct-v0.1")
        with open(augment_file, 'r') as fh:
            self.augmented = json.load(fh)
        self.origin = pd.read_csv(origin_file)
        os.makedirs('prompt_engineer/prompt_tensor', exist_ok=True)
        self.build_index()
        self.index = torch.load('prompt_engineer/prompt_tensor/prompt_tensor.pt')

    def explicit_prompts(self, input_path: str = "data/test/info_trans.csv",
                         output_path: str = "prompt_engineer/result/explicit_prompt.json", batch_size=4):
        params = SamplingParams(temperature=0.9, top_p=0.95, max_tokens=77, top_k=150)
        ids = list(pd.read_csv(input_path)['bannerImage'])
        prompts = self.few_shot(input_path)
        texts = []
        for start in range(0, len(prompts), batch_size):
            for seq in self.llm.generate(prompts[start:start + batch_size], params):
                texts.append(seq.outputs[0].text)
        result = dict(zip(ids, texts))
        if output_path:
            with open(output_path, 'w') as fh:
                json.dump(result, fh, indent=4)
        return result

    def few_shot(self, input_path: str):
        frame = pd.read_csv(input_path)
        out = []
        for i in tqdm(range(len(frame))):
            row = frame.iloc[i]
            text = row["caption"].strip('.') + '. ' + row["description"].strip('.') + '.'
            emb = self.embedder.encode([text], convert_to_tensor=True)
            order = torch.argsort(torch.nn.functional.cosine_similarity(emb, self.index), descending=True)[:2]
            shots = [self.origin.iloc[int(j)] for j in order]
            demo = "\n\n".join(
                f"Advertisement: {s['caption']}\nAdvertisement description: {self.augmented[s['bannerImage']]}" for s in shots
            )
            out.append(f"Describe the advertisement image.\n\n{demo}\n\nAdvertisement: {text}\nAdvertisement photo description:")
        return out

    def build_index(self):
        texts = [r["caption"].strip('.') + '. ' + r["description"].strip('.') + '.' for _, r in self.origin.iterrows()]
        torch.save(self.embedder.encode(texts, convert_to_tensor=True), 'prompt_engineer/prompt_tensor/prompt_tensor.pt')


if __name__ == "__main__":
    writer = PromptWriter(origin_file="data/train/info_trans.csv", augment_file="data/train/llava_caption.json")
    writer.explicit_prompts(input_path="data/test/info_trans.csv", output_path="data/test/llava_prompt.json")
