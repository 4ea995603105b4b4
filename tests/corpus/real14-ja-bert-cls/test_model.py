# fine-tuning 済みモデルで1件推論する
from transformers import BertForSequenceClassification, BertJapaneseTokenizer

tok = BertJapaneseTokenizer.from_pretrained('cl-tohoku/bert-large-japanese')
# いつもの cl-tohoku/bert-base-japanese-whole-word-masking

MODEL_NAME = './model_transformers'

CATEGORIES = [
    'dokujo-tsushin', 'it-life-hack', 'kaden-channel', 'livedoor-homme', 'movie-enter',
    'peachy', 'smax', 'sports-watch', 'topic-news',
]
text = '週末の映画興行ランキングが発表され、話題の続編が2週ぶりに首位に返り咲いた。'
answer = 'movie-enter'

enc = tok(text, max_length=126, padding='max_length', truncation=True, return_tensors='pt')
clf = BertForSequenceClassification.from_pretrained(MODEL_NAME)
pred = CATEGORIES[clf(**enc).logits.argmax(-1).item()]
print("Predict:", pred)
print("Answer: ", answer)
print(pred == answer)
