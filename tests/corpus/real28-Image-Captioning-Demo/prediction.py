import os

import torch
from PIL import Image
from transformers import BertTokenizer

from configuration import Config
from datasets import coco


def model_predict(img_path):
    version = 'v3'
    config = Config()

    local_path = os.path.dirname(__file__)
    # local_path = r'C:\Users\sc18co\.cache\torch\hub\project'
    model = torch.hub.load(local_path, version, source='local', pretrained=True)

    tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
    start_token = tokenizer.convert_tokens_to_ids(tokenizer._cls_token)

    image = coco.val_transform(Image.open(img_path)).unsqueeze(0)
    max_length = config.max_position_embeddings
    caption = torch.zeros((1, max_length), dtype=torch.long)
    cap_mask = torch.ones((1, max_length), dtype=torch.bool)
    caption[:, 0] = start_token
    cap_mask[:, 0] = False

    with torch.no_grad():
        model.eval()
        for i in range(max_length - 1):
            predictions = model(image, caption, cap_mask)[:, i, :]
            predicted_id = torch.argmax(predictions, axis=-1)
            if predicted_id[0] == 102:
                break
            caption[:, i + 1] = predicted_id[0]
            cap_mask[:, i + 1] = False

    return tokenizer.decode(caption[0].tolist(), skip_special_tokens=True).capitalize()
