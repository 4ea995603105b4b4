import argparse
import os
import datetime

import evaluate
import numpy as np
import torch
from accelerate import Accelerator
from datasets import load_dataset, DatasetDict
from huggingface_hub import Repository, create_repo
from torch.utils.data import DataLoader
from transformers import AutoConfig, AutoImageProcessor, AutoModelForImageClassification, \
    AutoModelForObjectDetection, SchedulerType, get_scheduler

os.environ["PYTORCH_USE_CUDA_DSA"] = "1"

valkey = 'test'


class myEvaluator:
    def __init__(self, task, useHFevaluator=False, coco=None, mycache_dir=None):
        self.useHFevaluator = useHFevaluator
        self.task = task
        self.preds, self.refs = [], []
        if self.task == "image-classification":
            self.metricname = "accuracy"
        elif self.task == "object-detection":
            self.metricname = "coco"
        else:
            self.metricname = "accuracy"
        self.HFmetric = None
        if self.useHFevaluator and self.task == "object-detection":
            self.HFmetric = evaluate.load("ybelkada/cocoevaluate", coco=coco)
        elif self.useHFevaluator:
            self.HFmetric = evaluate.load(self.metricname, cache_dir=mycache_dir)

    def add_batch(self, predictions, references):
        if self.useHFevaluator:
            self.HFmetric.add_batch(predictions=predictions, references=references)
        else:
            self.refs.extend(references)
            self.preds.extend(predictions)


def pushtohub(hub_model_id, output_dir, hub_token):
    repo_name = hub_model_id
    if repo_name is None:
        repo_name = os.path.basename(os.path.abspath(output_dir))
    repo_id = create_repo(repo_name, exist_ok=True, token=hub_token).repo_id
    return Repository(output_dir, clone_from=repo_id, token=hub_token)


def load_visiondataset(data_name=None, split="train", train_dir=None, validation_dir=None,
                       task="image-classification", max_train_samples=2000, train_val_split=0.15, mycache_dir=None):
    if data_name is not None:
        data_split = f"{split}[:{max_train_samples}]" if max_train_samples and max_train_samples > 0 else split
        raw_datasets = load_dataset(data_name, split=data_split, cache_dir=mycache_dir, verification_mode='no_checks')
    else:
        data_files = {}
        if train_dir is not None:
            data_files["train"] = os.path.join(train_dir, "**")
        if validation_dir is not None:
            data_files[valkey] = os.path.join(validation_dir, "**")
        raw_datasets = load_dataset(
            "imagefolder",
            data_files=data_files,
        )

    split_datasets = DatasetDict()
    split_datasets["train"] = raw_datasets
    split_datasets = split_datasets["train"].train_test_split(test_size=train_val_split, seed=20)

    image_column_name, label_column_name = "image", "labels"
    if task == "object-detection":
        label_column_name = "objects"
    elif task == "image-classification":
        if data_name == "food101":
            label_column_name = "label"
        elif 'cats_vs_dogs' in data_name:
            label_column_name = "labels"

    classlabel = split_datasets["train"].features[label_column_name]
    labels = classlabel.names
    id2label = {str(i): label for i, label in enumerate(labels)}
    dataset_objectdetection_select(split_datasets["train"], data_index=0, output_folder="output/")
    return split_datasets, labels, id2label, image_column_name, label_column_name


def dataset_objectdetection_select(dataset, data_index, output_folder="output/"):
    filepath = os.path.join(output_folder, "dataset_objectdetection_select.png")
    print(f"Test image id:{data_index} saved in {filepath}")


def trainmain():
    args = parse_args()
    accelerator = Accelerator()
    starting_time = datetime.datetime.now()
    dataset, labels, id2label, _, _ = load_visiondataset(args.data_name, split=args.datasplit, task=args.task,
                                                         max_train_samples=args.max_train_samples)
    config = AutoConfig.from_pretrained(args.model_name_or_path, num_labels=len(labels), id2label=id2label)
    image_processor = AutoImageProcessor.from_pretrained(args.model_name_or_path)
    if args.task == "image-classification":
        model = AutoModelForImageClassification.from_pretrained(args.model_name_or_path, config=config,
                                                                ignore_mismatched_sizes=True)
    else:
        model = AutoModelForObjectDetection.from_pretrained(args.model_name_or_path, config=config,
                                                            ignore_mismatched_sizes=True)
    metriceval = myEvaluator(args.task, useHFevaluator=True)
    print("Starting is:", starting_time, "model:", type(model).__name__, image_processor, metriceval, accelerator)


def parse_args():
    parser = argparse.ArgumentParser(description="Fine-tune a Transformers model on an image classification dataset")
    parser.add_argument('--traintag', type=str, default="hfimage0309",
                        help='Name the current training')
    parser.add_argument('--hubname', type=str, default="detr-resnet-50_finetuned_coco",
                        help='Name the share name in huggingface hub')
    parser.add_argument('--trainmode', default="NoTrain", choices=['HFTrainer', 'CustomTrain', 'NoTrain'], help='Training mode')
    parser.add_argument(
        "--model_name_or_path",
        type=str,
        default="lkk688/detr-resnet-50_finetuned_cppe5",
        help="Path to pretrained model or model identifier from huggingface.co/models: facebook/detr-resnet-50, google/vit-base-patch16-224-in21k",
    )
    parser.add_argument('--data_path', type=str, default="", help='Huggingface data cache folder')
    parser.add_argument('--task', type=str, default="object-detection",
                        help='tasks: image-classification, object-detection')
    parser.add_argument('--data_name', type=str, default="cppe-5",
                        help='data name: detection-datasets/coco, food101, beans, cats_vs_dogs,cppe-5')
    parser.add_argument('--datasplit', type=str, default='train',
                        help='dataset split name in huggingface dataset')
    parser.add_argument('--format', type=str, default='coco',
                        help='dataset bbox format: pascal_voc, coco')
    parser.add_argument("--train_dir", type=str, default=None, help="A folder containing the training data.")
    parser.add_argument("--max_train_samples", type=int, default=-1)
    parser.add_argument("--learning_rate", type=float, default=3e-5)
    parser.add_argument("--num_train_epochs", type=int, default=20)
    parser.add_argument("--lr_scheduler_type", type=SchedulerType, default="linear",
                        choices=["linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup"])
    parser.add_argument("--output_dir", type=str, default="./output", help="Where to store the final model.")
    parser.add_argument("--push_to_hub", action="store_true", help="Whether or not to push the model to the Hub.")
    parser.add_argument("--hub_token", type=str, help="The token to use to push to the Model Hub.")
    parser.add_argument("--report_to", type=str, default="all")
    args = parser.parse_args()
    if args.output_dir is not None:
        os.makedirs(args.output_dir, exist_ok=True)
    return args


if __name__ == "__main__":
    trainmain()
