"""Document understanding pipeline: OCR → layout → QA."""
from pathlib import Path

from docling.document_converter import DocumentConverter
from transformers import (
    AutoModelForTokenClassification,
    AutoProcessor,
    DonutProcessor,
    LayoutLMv3Processor,
    NougatProcessor,
    VisionEncoderDecoderModel,
)

LAYOUT_CKPT = "microsoft/layoutlmv3-base"
DONUT_DOCVQA = "naver-clova-ix/donut-base-finetuned-docvqa"
NOUGAT = "facebook/nougat-base"
TROCR = "microsoft/trocr-base-printed"
INPUT_DIR = Path("data/invoices/2025-01")


def layout():
    processor = LayoutLMv3Processor.from_pretrained(LAYOUT_CKPT, apply_ocr=True)
    model = AutoModelForTokenClassification.from_pretrained("nielsr/layoutlmv3-finetuned-funsd")
    return processor, model


def donut():
    return DonutProcessor.from_pretrained(DONUT_DOCVQA), VisionEncoderDecoderModel.from_pretrained(DONUT_DOCVQA)


def nougat():
    return NougatProcessor.from_pretrained(NOUGAT), VisionEncoderDecoderModel.from_pretrained(NOUGAT)


def trocr():
    return AutoProcessor.from_pretrained(TROCR), VisionEncoderDecoderModel.from_pretrained(TROCR)


def docling_convert(pdf: Path):
    # docling pulls its layout/table models from ds4sd/docling-models on first use
    return DocumentConverter().convert(str(pdf)).document.export_to_markdown()


def granite_vision():
    from transformers import AutoModelForVision2Seq

    return AutoModelForVision2Seq.from_pretrained("ibm-granite/granite-vision-3.1-2b-preview", device_map="auto")
