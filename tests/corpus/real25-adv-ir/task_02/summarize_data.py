import argparse
import json
from os.path import exists

from transformers import PegasusForConditionalGeneration, PegasusTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("datafile", type=str, help="Input file")
args = parser.parse_args()

DATA_FILE = f"../data/{args.datafile}/{args.datafile}.json"
TARGET_LANG = 'en'

if __name__ == '__main__':
    stem, ext = DATA_FILE[:DATA_FILE.rfind('.')], DATA_FILE[DATA_FILE.rfind('.') + 1:]
    summarized_data_file = stem + "_summarize_" + TARGET_LANG + "." + ext
    if exists(summarized_data_file):
        print("Summarized data already exists: " + summarized_data_file)
        exit(1)

    with open(DATA_FILE) as f:
        docs = [json.loads(line) for line in f]

    # Define the used model
    model_name = "google/pegasus-xsum"
    pegasus_tokenizer = PegasusTokenizer.from_pretrained(model_name)
    pegasus_model = PegasusForConditionalGeneration.from_pretrained(model_name)

    with open(summarized_data_file, 'w+') as f:
        for doc_id, doc in enumerate(docs, start=1):
            token = pegasus_tokenizer(doc['TEXT'], return_tensors="pt", truncation=True)
            summary = pegasus_tokenizer.decode(pegasus_model.generate(**token)[0], skip_special_tokens=True)
            f.write(json.dumps({"DOCID": str(doc_id), "TEXT": summary}) + "\n")
