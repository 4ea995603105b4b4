import json
import os

import pandas as pd
from llava.eval.run_llava import eval_model
from llava.mm_utils import get_model_name_from_path
from llava.model.builder import load_pretrained_model
from llava.utils import disable_torch_init
from tqdm import tqdm

QUESTION = 'The banner advertises the following: "{}". What is happening in the picture?'


def run():
    disable_torch_init()
    checkpoint = "liuhaotian/llava-v1.5-7b"

    short_name = get_model_name_from_path(checkpoint)
    tokenizer, model, image_processor, ctx_len = load_pretrained_model(checkpoint, None, short_name)

    root = '../../data/train'
    table = pd.read_csv(os.path.join(root, 'info_trans.csv'))
    image_root = os.path.join(root, 'images')

    captions = {}
    for idx in tqdm(range(len(table))):
        row = table.iloc[idx]
        opts = type('Opts', (), {
            "query": QUESTION.format(row['caption'] + row['description']),
            "conv_mode": None,
            "image_file": os.path.join(image_root, row['bannerImage']),
            "sep": ",",
            "temperature": 0.2,
            "top_p": None,
            "num_beams": 1,
            "max_new_tokens": 77,
        })()
        captions[row['bannerImage']] = eval_model(opts, short_name, tokenizer, model, image_processor, ctx_len)

    with open(os.path.join(root, 'llava_caption.json'), 'w') as fh:
        json.dump(captions, fh)


if __name__ == "__main__":
    run()
