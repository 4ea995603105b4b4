from PIL import Image
from transformers import pipeline
from transformers.utils import logging

from helper import ignore_warnings, render_results_in_image

logging.set_verbosity_error()
ignore_warnings()

detector = pipeline("object-detection", "facebook/detr-resnet-50")

img = Image.open('input/sample_image1.jpeg')
img.resize((569, 491))

boxes = detector(img)
annotated = render_results_in_image(img, boxes).convert('RGB')
annotated.save('output/detected_image.jpeg')
