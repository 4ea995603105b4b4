import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer


class Model:
    def __init__(self, model_path="./artifacts"):
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)
        self.model = AutoModelForSeq2SeqLM.from_pretrained(model_path).to(self.device)

    def get_lang_code(self, language):
        codes = {"French": "fra_Latn", "German": "deu_Latn", "Spanish": "spa_Latn",
                 "Italian": "ita_Latn", "Chinese": "zho_Hans"}
        if language not in codes:
            raise NotImplementedError(f"Unsupported language: {language}")
        return self.tokenizer.convert_tokens_to_ids(codes[language])

    def infer(self, text, language):
        inputs = self.tokenizer(text, return_tensors="pt").to(self.device)
        tokens = self.model.generate(**inputs, forced_bos_token_id=self.get_lang_code(language))
        return self.tokenizer.batch_decode(tokens, skip_special_tokens=True)[0]
