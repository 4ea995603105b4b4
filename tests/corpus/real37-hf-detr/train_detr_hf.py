import argparse
import json
import os

import albumentations
import evaluate
import numpy as np
import torch
import torchvision
from datasets import load_dataset
from PIL import Image, ImageDraw
from tqdm import tqdm
from transformers import AutoImageProcessor, AutoModelForObjectDetection, Trainer, TrainingArguments


def parse_args():
    parser = argparse.ArgumentParser(description='Train DETR model with custom dataset.')
    parser.add_argument('--hub_id', type=str, default='ARG-NCTU', help='Hugging Face Hub ID')
    parser.add_argument('--repo_id', type=str, default='detr-resnet-50-finetuned-600-epochs-Kaohsiung-Port-dataset', help='Repository ID')
    parser.add_argument('--dataset_id', type=str, default='Kaohsiung_Port_dataset_2024', help='Dataset ID')
    parser.add_argument('--epoch', type=int, default=600, help='Number of training epochs')
    return parser.parse_args()


def load_classes():
    with open("data/classes.txt", "r") as f:
        return [c.strip() for c in f.readlines()]


def main():
    args = parse_args()

    dataset = load_dataset(f"{args.hub_id}/{args.dataset_id}")
    class_list = load_classes()
    id2label = {i: c for i, c in enumerate(class_list)}
    label2id = {v: k for k, v in id2label.items()}

    checkpoint_resume = f"{args.hub_id}/{args.repo_id}"
    checkpoint = "facebook/detr-resnet-50"
    if os.path.exists(checkpoint_resume):
        checkpoint = checkpoint_resume
    else:
        print(f"Checkpoint {checkpoint_resume} not found, using default {checkpoint}.")

    image_processor = AutoImageProcessor.from_pretrained(checkpoint)

    transform = albumentations.Compose(
        [albumentations.HorizontalFlip(p=0.5), albumentations.RandomBrightnessContrast(p=0.5)],
        bbox_params=albumentations.BboxParams(format="coco", label_fields=["category"]),
    )

    def transform_aug_ann(examples):
        images, bboxes, area, categories = [], [], [], []
        for image_path, objects in zip(examples["image_path"], examples["objects"]):
            image = np.array(Image.open(image_path).convert("RGB"))[:, :, ::-1]
            out = transform(image=image, bboxes=objects["bbox"], category=objects["category"])
            area.append(objects["area"])
            images.append(out["image"])
            bboxes.append(out["bboxes"])
            categories.append(out["category"])
        targets = [
            {"image_id": i, "annotations": [
                {"image_id": i, "category_id": c, "isCrowd": 0, "area": a, "bbox": list(b)}
                for c, a, b in zip(cat, ar, box)
            ]}
            for i, cat, ar, box in zip(examples["image_id"], categories, area, bboxes)
        ]
        return image_processor(images=images, annotations=targets, return_tensors="pt")

    dataset["train"] = dataset["train"].with_transform(transform_aug_ann)

    def collate_fn(batch):
        encoding = image_processor.pad([item["pixel_values"] for item in batch], return_tensors="pt")
        return {
            "pixel_values": encoding["pixel_values"],
            "pixel_mask": encoding["pixel_mask"],
            "labels": [item["labels"] for item in batch],
        }

    model = AutoModelForObjectDetection.from_pretrained(
        checkpoint,
        id2label=id2label,
        label2id=label2id,
        ignore_mismatched_sizes=True,
    )

    training_args = TrainingArguments(
        output_dir=f"{args.repo_id}",
        per_device_train_batch_size=8,
        num_train_epochs=args.epoch,
        save_steps=len(dataset["train"]) // 8,
        logging_steps=50,
        learning_rate=1e-5,
        weight_decay=1e-4,
        save_total_limit=100,
        remove_unused_columns=False,
        push_to_hub=True,
        hub_model_id=f"{args.hub_id}/{args.repo_id}",
    )

    trainer = Trainer(
        model=model,
        args=training_args,
        data_collator=collate_fn,
        train_dataset=dataset["train"],
        tokenizer=image_processor,
    )
    trainer.train()
    trainer.push_to_hub(commit_message=f'detr-resnet-50-finetuned-boat-dataset-{args.epoch}-epochs')

    # ---- evaluation on the validation split ----
    def eval(eval_dataset, path_output, path_anno):
        im_processor = AutoImageProcessor.from_pretrained(f"{args.hub_id}/{args.repo_id}")
        coco_ds = torchvision.datasets.CocoDetection(path_output, path_anno)
        model = AutoModelForObjectDetection.from_pretrained(f"{args.hub_id}/{args.repo_id}")
        module = evaluate.load("ybelkada/cocoevaluate", coco=coco_ds.coco)
        loader = torch.utils.data.DataLoader(coco_ds, batch_size=8, collate_fn=collate_fn)
        with torch.no_grad():
            for batch in tqdm(loader):
                outputs = model(pixel_values=batch["pixel_values"], pixel_mask=batch["pixel_mask"])
                sizes = torch.stack([t["orig_size"] for t in batch["labels"]], dim=0)
                module.add(prediction=im_processor.post_process(outputs, sizes), reference=batch["labels"])
        print(module.compute())

    path_output = f"{os.getcwd()}/output/"
    eval(dataset["validation"], path_output, os.path.join(path_output, "boat_ann_val.json"))

    # ---- single-image inference ----
    image = Image.open(dataset["validation"][0]["image_path"])
    image_processor = AutoImageProcessor.from_pretrained(f"{args.hub_id}/{args.repo_id}")
    model = AutoModelForObjectDetection.from_pretrained(f"{args.hub_id}/{args.repo_id}")
    with torch.no_grad():
        outputs = model(**image_processor(images=image, return_tensors="pt"))
    results = image_processor.post_process_object_detection(
        outputs, threshold=0.5, target_sizes=torch.tensor([image.size[::-1]]))[0]
    draw = ImageDraw.Draw(image)
    for score, label, box in zip(results["scores"], results["labels"], results["boxes"]):
        x, y, x2, y2 = [round(i, 2) for i in box.tolist()]
        draw.rectangle((x, y, x2, y2), outline="red", width=1)
        draw.text((x, y), model.config.id2label[label.item()], fill="white")
    image.save("out.jpg")


if __name__ == '__main__':
    main()
