# pip install transformers sentencepiece

import simplejson as json
from transformers import AutoModelWithLMHead, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("mrm8488/t5-base-finetuned-question-generation-ap")
model = AutoModelWithLMHead.from_pretrained("mrm8488/t5-base-finetuned-question-generation-ap")


def get_question(answer, context, max_length=64):
    feats = tokenizer([f"answer: {answer}  context: {context} "], return_tensors='pt')
    out = model.generate(input_ids=feats['input_ids'], attention_mask=feats['attention_mask'],
                         max_length=max_length)
    return tokenizer.decode(out[0])


def clean(q):
    return q.replace('<pad> question: ', '').replace('</s>', '')


def has_special(s):
    return any(c in '"!@#$%^&*()+_=,<>/"' for c in s)


with open('Data/WDV_dataset.json') as fh:
    claims = json.load(fh)


def generate(theme="Airport"):
    with open('Data/Questions/Airport.json', "r+") as fh:
        out = json.load(fh)
        for doc in claims:
            if doc['theme_label'] != theme:
                continue
            ctx = doc['verbalisation_unk_replaced']
            p_q = clean(get_question(doc['property_label'], ctx))
            o_q = clean(get_question(doc['object_label'], ctx))
            out.append({
                "claim_id": doc['claim_id'],
                "theme": doc['theme_label'],
                "subject_label": doc['subject_label'],
                "property_label": doc['property_label'],
                "object_label": doc['object_label'],
                "context": ctx,
                "propertyCQ": "" if has_special(p_q) else p_q,
                "objectCQ": "" if has_special(o_q) else o_q,
            })
        fh.seek(0)
        json.dump(out, fh)
