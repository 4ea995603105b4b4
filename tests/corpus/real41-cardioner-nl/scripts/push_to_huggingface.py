"""
Push a trained model (and its card) to Huggingface

inputs.
- model_card
- model_directory
- hf_data_organisation
- language
"""

import argparse
import os
from typing import List

from dotenv import load_dotenv
from huggingface_hub import HfApi, ModelCard, add_collection_item, create_branch
from requests.exceptions import HTTPError

import hf_config

load_dotenv('.env')

TOKEN = os.environ['HF_TOKEN']


def create_model_card(name, data_organisation, description, data_description, language, license, tags,
                      mod_type, mod_target, base_model, ner_classes: List[str] | None):
    if mod_target in ['sap', 'mirrorbert']:
        text = hf_config.description_text_model_norm(name, data_organisation, description, data_description,
                                                     language, license, tags, mod_type, mod_target)
    else:
        text = hf_config.description_text_model_ner(name, data_organisation, description, data_description,
                                                    language, license, tags, mod_type, base_model, ner_classes)
    return ModelCard(content=text)


def push_to_huggingface(repo_id, path_to_files, card, private, branch=None):
    api = HfApi(token=TOKEN)
    try:
        api.repo_info(repo_id=repo_id, repo_type=hf_config.repo_type)
    except HTTPError as e:
        if e.response.status_code == 404:
            api.create_repo(token=TOKEN, repo_id=repo_id, private=private, repo_type=hf_config.repo_type)
        elif e.response.status_code != 409:
            raise e
    if branch and not api.revision_exists(repo_id=repo_id, revision=branch, repo_type=hf_config.repo_type):
        create_branch(repo_id=repo_id, branch=branch, token=TOKEN, repo_type=hf_config.repo_type)
    for root, _, files in os.walk(path_to_files):
        for file in files:
            file_path = os.path.join(root, file)
            api.upload_file(path_or_fileobj=file_path, path_in_repo=os.path.relpath(file_path, path_to_files),
                            repo_id=repo_id, repo_type=hf_config.repo_type, token=TOKEN, revision=branch)
    card.push_to_hub(repo_id, token=TOKEN, repo_type=hf_config.repo_type)


def main():
    parser = argparse.ArgumentParser(description="Push model and model card to Hugging Face")
    parser.add_argument("--data_organization", default="DT4H", help="Organization to push to")
    parser.add_argument("--collection_organization", default="DT4H", help="Organization that owns the collection")
    parser.add_argument("--private", action="store_true")
    parser.add_argument("--repo_id", type=str, required=False, help="Hugging Face repository ID")
    parser.add_argument("--path_to_files", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--description", required=True)
    parser.add_argument("--data_description", required=True)
    parser.add_argument("--language", required=True)
    parser.add_argument("--license", default="mit", choices=hf_config.licenses)
    parser.add_argument("--mod_type", choices=["mean", "cls", "multilabel", "multiclass"], required=True)
    parser.add_argument("--mod_target", choices=["sap", "ner", "mirrorbert"], required=True)
    parser.add_argument("--base_model", type=str, help="Base model used for the finetuning")
    parser.add_argument("--tags", nargs="+", default=[])
    parser.add_argument("--branch", type=str, default=None)
    parser.add_argument("--ner_classes", nargs="+", default=[])
    args = parser.parse_args()

    repo_id = args.repo_id
    if not repo_id:
        repo_id = args.name.replace(" ", "_").lower()
        repo_id = f"{args.data_organization}/{repo_id}" if args.data_organization else repo_id

    card = create_model_card(args.name, args.data_organization, args.description, args.data_description,
                             args.language, args.license, args.tags, args.mod_type, args.mod_target,
                             args.base_model, args.ner_classes)
    push_to_huggingface(repo_id, args.path_to_files, card, private=args.private, branch=args.branch)

    collection_id = f"{args.collection_organization}/{hf_config.collections[args.language]}"
    add_collection_item(collection_id, item_id=repo_id, item_type=hf_config.repo_type, exists_ok=True)

    if hf_config.repo_type == "model":
        print(f"Model and card successfully pushed to https://huggingface.co/models/{repo_id}")


if __name__ == "__main__":
    main()
