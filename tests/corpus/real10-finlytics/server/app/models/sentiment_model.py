from transformers import AutoModelForSequenceClassification, AutoTokenizer

NEWS_CKPT = "mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis"

tokenizer = AutoTokenizer.from_pretrained(NEWS_CKPT)
sentiment_model = AutoModelForSequenceClassification.from_pretrained(NEWS_CKPT)
