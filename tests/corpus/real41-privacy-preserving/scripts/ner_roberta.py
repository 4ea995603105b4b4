import os
import sys

from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline

model = AutoModelForTokenClassification.from_pretrained("Davlan/xlm-roberta-large-ner-hrl")
tokenizer = AutoTokenizer.from_pretrained("Davlan/xlm-roberta-large-ner-hrl")

ner_model = pipeline("ner", model=model, tokenizer=tokenizer, aggregation_strategy="simple")


def read_file(path):
    with open(path, "r") as f:
        return f.read()


def overwrite_file(path, content):
    with open(path, "w") as f:
        f.write(content)


def replace_entities(text, entities):
    """Replace every named entity with a placeholder such as PER_1, LOC_2."""
    entity_map, counters = {}, {}
    out = text
    for ent in reversed(entities):
        word = ent["word"]
        if word not in entity_map:
            group = ent["entity_group"]
            counters[group] = counters.get(group, 0) + 1
            entity_map[word] = f"{group}_{counters[group]}"
        out = out[: ent["start"] + 1] + entity_map[word] + out[ent["end"]:]
    return out


def anonymize_corpus(path):
    corpus = read_file(path)
    anonymized = replace_entities(corpus, ner_model(corpus))
    overwrite_file(path, anonymized)
    return anonymized


def main():
    folder = sys.argv[1]
    for name in os.listdir(folder):
        anonymize_corpus(os.path.join(folder, name))


if __name__ == "__main__":
    main()
