import argparse
import os

import torch
from datasets import DatasetDict, load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline


def create_arg_parser() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("-mf", "--model_folder", type=str, help="Folder where models are stored", default="models/")
    parser.add_argument("-out", "--output_folder", type=str, help="Folder to save the prediction files in.",
                        default="predictions/")
    return parser.parse_args()


def create_dataset() -> DatasetDict:
    """
    Loads in the maximedb/sick_nl dataset from HuggingFace.
    """
    dataset_sicknl = load_dataset("maximedb/sick_nl")
    dataset_sicknl = dataset_sicknl.rename_columns({
        "sentence_A": "premise",
        "sentence_B": "hypothesis",
        "sentence_A_original": "premise_en",
        "sentence_B_original": "hypothesis_en",
    })
    return DatasetDict({
        "nl": dataset_sicknl["test"].select_columns(["premise", "hypothesis", "label"]),
        "en": dataset_sicknl["test"].select_columns(["premise_en", "hypothesis_en", "label"])
        .rename_columns({"premise_en": "premise", "hypothesis_en": "hypothesis"}),
    })


def get_predictions(dataset, model_name: str, tokenizer_name: str):
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_name, max_length=512, padding=True, truncation=True)
    model = AutoModelForSequenceClassification.from_pretrained(model_name, num_labels=3)
    device = 0 if torch.cuda.is_available() else -1
    classifier = pipeline("text-classification", model, tokenizer=tokenizer, device=device)
    results = classifier(dataset["concatenated_input"])
    label2id = model.config.label2id
    return [label2id[r["label"]] for r in results], [r["score"] for r in results]


if __name__ == "__main__":
    args = create_arg_parser()
    test_data = create_dataset().map(
        lambda ex: {"concatenated_input": f"{ex['premise']} [SEP] {ex['hypothesis']}"})

    for model_name in os.listdir(args.model_folder):
        full_path = os.path.join(args.model_folder, model_name)
        output_path = os.path.join(args.output_folder, model_name + ".csv")
        if model_name.startswith("bert_nl"):
            predictions, conf = get_predictions(test_data["nl"], full_path, "GroNLP/bert-base-dutch-cased")
            out = test_data["nl"].add_column("predictions", predictions)
        elif model_name.startswith("bert_en"):
            predictions, conf = get_predictions(test_data["en"], full_path, "google-bert/bert-base-cased")
            out = test_data["en"].add_column("predictions", predictions)
        else:
            continue
        out = out.add_column("confidence", conf).remove_columns("concatenated_input")
        out.to_csv(output_path)
        print("Predictions saved as {}".format(output_path))
