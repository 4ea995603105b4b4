import json
import sys


def process_file(path):
    """Turn summarization jsonl (text/summary) into run_translation.py's en/de json."""
    with open(path, "r") as src, open("train_placeholders_spacy_translation.json", "w") as dst:
        lines = src.readlines()
        dst.write('{"data":[')
        for i, line in enumerate(lines):
            obj = json.loads(line.rstrip().rstrip(","))
            sep = "," if i < len(lines) - 1 else ""
            dst.write('{"translation": {"en":"' + obj["text"] + '", "de":"' + obj["summary"] + '"}}' + sep)
        dst.write("]}")


process_file(sys.argv[1])
