from transformers import Seq2SeqTrainer, AutoTokenizer, AlbertForSequenceClassification

import torch


class EntailmentReward(Seq2SeqTrainer):
    """Seq2SeqTrainer whose loss adds a reward from an NLI classifier."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tokenizer_entail = AutoTokenizer.from_pretrained('textattack/albert-base-v2-snli')
        self.model_entail = AlbertForSequenceClassification.from_pretrained('textattack/albert-base-v2-snli')
        self.device = torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")
        for param in self.model_entail.parameters():
            param.requires_grad = False
        self.model_entail.to(self.device)

    def compute_loss(self, model, inputs, return_outputs=False):
        base_loss, outputs = super().compute_loss(model, inputs, return_outputs=True)
        gen = model.generate(inputs["input_ids"], attention_mask=inputs["attention_mask"], max_length=56,
                             output_scores=True, return_dict_in_generate=True)
        self_loss = torch.mean(-(gen['sequences_scores']))
        # (excerpt: pairing every source sentence with the generated and gold summaries)
        reward = torch.tensor(0.0)
        loss = torch.sum(self_loss * reward) + base_loss
        return (loss, outputs) if return_outputs else loss

    def inference_score(self, sent_pairs):
        softmax = torch.nn.Softmax(dim=1)
        inputs = self.tokenizer_entail(sent_pairs, return_tensors="pt", padding=True).to(self.device)
        return softmax(self.model_entail(**inputs).logits)
