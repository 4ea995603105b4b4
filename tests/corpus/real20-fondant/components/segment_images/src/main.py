"""
This component segments images using a model from the Hugging Face hub.
"""
import io
import logging
import typing as t

import dask.dataframe as dd
from PIL import Image
import pandas as pd
import numpy as np
from transformers import BatchFeature, SegformerImageProcessor, AutoModelForSemanticSegmentation
import torch

from palette import palette

from fondant.component import TransformComponent
from fondant.logger import configure_logging

configure_logging()
logger = logging.getLogger(__name__)


def convert_to_rgb(seg: np.array):
    color_seg = np.zeros((seg.shape[0], seg.shape[1], 3), dtype=np.uint8)
    for label, color in enumerate(palette):
        color_seg[seg == label, :] = color
    return color_seg.astype(np.uint8).tobytes()


def process_image(image: bytes, *, processor: SegformerImageProcessor, device: str) -> torch.Tensor:
    def load(img: bytes) -> Image:
        return Image.open(io.BytesIO(img)).convert("RGB")

    def transform(img: Image) -> BatchFeature:
        return processor(images=img, return_tensors="pt").to(device)

    return transform(load(image))["pixel_values"]


@torch.no_grad()
def segment_image_batch(image_batch: pd.DataFrame, *, model, processor) -> pd.Series:
    input_batch = torch.cat(image_batch.tolist())
    output_batch = model(input_batch)
    post_processed_batch = processor.post_process_semantic_segmentation(output_batch)
    segmentations_batch = [convert_to_rgb(seg.cpu().numpy()) for seg in post_processed_batch]
    return pd.Series(segmentations_batch, index=image_batch.index)


class SegmentImagesComponent(TransformComponent):
    """
    Component that segments images using a model from the Hugging Face hub.
    """

    def transform(
        self,
        dataframe: dd.DataFrame,
        model_id: str,
        batch_size: int,
    ) -> dd.DataFrame:
        device = "cuda" if torch.cuda.is_available() else "cpu"
        logger.info(f"Device: {device}")

        processor = SegformerImageProcessor.from_pretrained(model_id)
        model = AutoModelForSemanticSegmentation.from_pretrained(model_id)

        dataframe = dataframe["images_data"].map_partitions(
            lambda images: pd.concat(
                [segment_image_batch(b, model=model, processor=processor)
                 for b in np.split(images.apply(process_image, processor=processor, device=device),
                                   np.arange(batch_size, len(images), batch_size)) if not b.empty]
            ).to_frame(),
            meta={0: object},
        )
        dataframe.columns = ["segmentations_data"]
        return dataframe


if __name__ == "__main__":
    component = SegmentImagesComponent.from_file()
    component.run()
