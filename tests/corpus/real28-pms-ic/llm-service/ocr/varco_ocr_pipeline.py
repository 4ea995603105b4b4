"""
PDF OCR Pipeline using VARCO-VISION-2.0-1.7B-OCR.
Extracts text from PDFs with bounding box visualization.

Works offline with local model files behind a vLLM server.
"""

import argparse
import base64
import logging
import os
import re

import requests
from pdf2image import convert_from_path
from PIL import Image, ImageDraw, ImageFont

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


def encode_image_to_base64(image_path: str) -> str:
    with open(image_path, "rb") as fh:
        return base64.b64encode(fh.read()).decode("utf-8")


def parse_ocr_result(text: str) -> list:
    # VARCO-VISION OCR format: <char>text</char><bbox>x1, y1, x2, y2</bbox>
    out = []
    for char_text, bbox_str in re.findall(r'<char>([^<]*)</char><bbox>([^<]*)</bbox>', text):
        coords = [float(c) for c in bbox_str.split(',')]
        if len(coords) >= 4:
            out.append((char_text, *coords[:4]))
    return out


def draw_bboxes(img: Image.Image, bboxes: list) -> Image.Image:
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", 24)
    except OSError:
        font = ImageFont.load_default()
    w, h = img.size
    for text, x1, y1, x2, y2 in bboxes:
        draw.rectangle([int(x1 * w), int(y1 * h), int(x2 * w), int(y2 * h)], outline='yellow', width=2)
        draw.text((int(x1 * w), max(0, int(y1 * h) - 25)), text, fill='blue', font=font)
    return img


def vlm_ocr_single(image_path: str, model: str, base_url: str, page_num: int) -> str:
    data = {
        "model": model,
        "messages": [{
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{encode_image_to_base64(image_path)}"}},
                {"type": "text", "text": "<ocr>"},
            ],
        }],
        "temperature": 0.0,
    }
    response = requests.post(f"{base_url}/v1/chat/completions", json=data, timeout=300)
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"] or f"*Page {page_num}: No text extracted*"


def run_ocr(
    pdf_path: str,
    output_dir: str,
    vlm_model: str = "VARCO-VISION-2.0-1.7B-OCR",
    base_url: str = "http://localhost:8001",
    save_bbox_images: bool = True,
) -> str:
    page_dir = os.path.join(output_dir, "pages")
    os.makedirs(page_dir, exist_ok=True)
    parts = []
    for idx, img in enumerate(convert_from_path(pdf_path, dpi=300), 1):
        img_path = os.path.join(page_dir, f"page_{idx:04d}.jpg")
        img.save(img_path, "JPEG", quality=95)
        result = vlm_ocr_single(img_path, vlm_model, base_url, idx)
        if save_bbox_images:
            draw_bboxes(img.copy(), parse_ocr_result(result)).save(img_path.replace(".jpg", "_bbox.png"))
        parts.append(f"=== Page {idx} ===\n" + re.sub(r'<[^>]+>', '', result))
    full_text = "\n\n".join(parts)
    with open(os.path.join(output_dir, "extracted_text.txt"), "w", encoding="utf-8") as fh:
        fh.write(full_text)
    return full_text


def main():
    parser = argparse.ArgumentParser(description="PDF OCR using VARCO-VISION")
    parser.add_argument("--data", required=True, help="Input PDF path")
    parser.add_argument("--dir", required=True, help="Output directory")
    parser.add_argument("--url", default="http://localhost:8001", help="VLM server URL")
    parser.add_argument("--model", default="VARCO-VISION-2.0-1.7B-OCR", help="Model name")
    parser.add_argument("--no-bbox", action="store_true", help="Skip bbox visualization")
    args = parser.parse_args()
    run_ocr(args.data, args.dir, vlm_model=args.model, base_url=args.url, save_bbox_images=not args.no_bbox)


if __name__ == "__main__":
    main()
