from transformers import MarianMTModel, MarianTokenizer

checkpoint = 'Helsinki-NLP/opus-mt-mul-en'
tok = MarianTokenizer.from_pretrained(checkpoint)
mt_model = MarianMTModel.from_pretrained(checkpoint)
