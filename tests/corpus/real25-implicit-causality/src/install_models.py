from transformers import pipeline
from torch.utils.data import Dataset
from tqdm import tqdm

models = [
    # model name, batch_size, device, device Mapping
    # ("stefan-it/german-gpt2-larger", 64, 0, None),
    # ("ai-forever/mGPT", 4, 0, None),
    # ("facebook/xglm-564M", 16, 0, None),
    ("facebook/xglm-2.9B", 64, 0, None),  # The larger models should be ran on a bigger GPU
    ("facebook/xglm-4.5B", 32, 0, None),  # The larger models should be ran on a bigger GPU
    ("facebook/xglm-7.5B", 16, 0, None),  # The larger models should be ran on a bigger GPU
    # ("malteos/bloom-350m-german", 32, 0, None),
    ("malteos/bloom-6b4-clp-german", 16, 0, None)  # The larger models should be ran on a bigger GPU
]


class MyDataset(Dataset):
    def __init__(self, i):
        super().__init__()
        self.len = i

    def __len__(self):
        return self.len * 2

    def __getitem__(self, i):
        return "Peter hasste Maria ganz ohne Absicht, weil"


for model, _, _, _ in models:
    pipe = pipeline("text-generation", model=model, device=0)
    pipe.tokenizer.padding_side = "left"
    for batch_size in [16, 32, 64, 128]:
        print(f"model {model} with batch size {batch_size}")
        dataset = MyDataset(batch_size)
        for out in tqdm(pipe(dataset, batch_size=batch_size, do_sample=False, num_beams=10, max_new_tokens=25), total=len(dataset)):
            pass
