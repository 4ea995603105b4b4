from transformers import VisionEncoderDecoderModel, ViTImageProcessor, GPT2TokenizerFast
from PIL import Image
import torch
import requests
from io import BytesIO
from translate import Translator


class ImageCaptioner:
    def __init__(self):
        print("Initializing image captioning model...")
        self.model = VisionEncoderDecoderModel.from_pretrained("nlpconnect/vit-gpt2-image-captioning")
        self.feature_extractor = ViTImageProcessor.from_pretrained("nlpconnect/vit-gpt2-image-captioning")
        self.tokenizer = GPT2TokenizerFast.from_pretrained("nlpconnect/vit-gpt2-image-captioning")

        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        print(f"Using device: {self.device}")
        self.model.to(self.device)
        self.model.eval()

    def describe_image(self, image_path, target_language='en'):
        try:
            if image_path.startswith('http'):
                image = Image.open(BytesIO(requests.get(image_path).content))
            else:
                image = Image.open(image_path)
            image = image.convert('RGB')

            pixel_values = self.feature_extractor(images=[image], return_tensors="pt").pixel_values.to(self.device)
            with torch.no_grad():
                output_ids = self.model.generate(pixel_values, max_length=16, num_beams=4,
                                                 return_dict_in_generate=True).sequences
            caption = self.tokenizer.batch_decode(output_ids, skip_special_tokens=True)[0]

            if target_language != 'en':
                try:
                    caption = Translator(to_lang=target_language).translate(caption)
                except Exception as e:
                    print(f"Translation error: {str(e)}")
            return caption
        except Exception as e:
            print(f"Error in caption generation: {str(e)}")
            return "Sorry, I couldn't generate a caption for this image."


captioner = ImageCaptioner()


def describe_image(image_path, target_language='en'):
    return captioner.describe_image(image_path, target_language)
