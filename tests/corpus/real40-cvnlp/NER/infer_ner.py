import torch
from transformers import AutoTokenizer, AutoModelForTokenClassification

MODEL_DIR = "ner_model"
tokenizer = AutoTokenizer.from_pretrained(MODEL_DIR)
model = AutoModelForTokenClassification.from_pretrained(MODEL_DIR)

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model.to(device)
model.eval()


def predict_sentence(model, sentence, tokenizer, schema, device):
    inputs = tokenizer(sentence, return_tensors="pt")
    input_ids = inputs["input_ids"].to(device)
    with torch.no_grad():
        predictions = torch.argmax(model(input_ids=input_ids).logits, dim=-1).squeeze().tolist()
    tokens = tokenizer.convert_ids_to_tokens(input_ids.squeeze().tolist())
    for token, p in zip(tokens, predictions):
        print(f"{token:15} -> {schema[p]}")


if __name__ == '__main__':
    schema = ['_', 'B-LOC', 'B-MISC', 'B-ORG', 'B-PER', 'I-LOC', 'I-MISC', 'I-ORG', 'I-PER', 'O']
    predict_sentence(model, "I think Mount Everest looks beautiful", tokenizer, schema, device)
    predict_sentence(model, "She came to France yesterday", tokenizer, schema, device)
