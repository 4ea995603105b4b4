import argparse
from typing import Dict, List

import pandas as pd
import torch
from PIL import Image
from torchvision.transforms.functional import pil_to_tensor, to_pil_image
from torchvision.utils import draw_bounding_boxes
from transformers import pipeline

MODEL = "devonho/detr-resnet-50_finetuned_cppe5"
PIPELINE = pipeline("object-detection", model=MODEL)
DEFAULT_IMAGE_PATH = "mask.jpeg"


def predict_obejcts(image: Image) -> List[Dict]:
    return PIPELINE(image)


def draw_boxes(image: Image, boxes_df: pd.DataFrame) -> Image:
    """Draws boxes at the specified coordinates on the image"""
    boxes_xyxy = boxes_df[["xmin", "ymin", "xmax", "ymax"]].values
    return to_pil_image(
        draw_bounding_boxes(pil_to_tensor(image), torch.Tensor(boxes_xyxy), labels=boxes_df["label"].tolist(),
                            width=2, font="Arial.tff", font_size=75)
    )


def main():
    parser = argparse.ArgumentParser(description="Evaluate your fine-tuned model")
    parser.add_argument("--eval_path", help="Path to eval data image file. Assumed to be a png or jpeg", required=False)
    args = parser.parse_args()
    image = Image.open(args.eval_path if args.eval_path else DEFAULT_IMAGE_PATH)
    objects_df = pd.DataFrame(predict_obejcts(image))
    objects_df[["xmin", "ymin", "xmax", "ymax"]] = objects_df.pop("box").apply(pd.Series)
    print(objects_df)
    draw_boxes(image, objects_df).show()


if __name__ == "__main__":
    main()
