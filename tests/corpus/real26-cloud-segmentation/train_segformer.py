from dataset import CloudBalancedDatasetWithSynthesis
from unet import UNet

import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torch.cuda.amp import autocast, GradScaler
from transformers import SegformerForSemanticSegmentation, AdamW

import wandb
from tqdm import tqdm


def compute_iou(pred, target, threshold=0.5):
    pred_bin = (pred > threshold).float()
    intersection = (pred_bin * target).sum()
    union = ((pred_bin + target) > 0).float().sum()
    return ((intersection + 1e-6) / (union + 1e-6)).item()


def train_model(model, train_loader, val_loader, model_save_path, device, samples, batch_size, epochs=10, lr=1e-4):
    wandb.init(project="cloud-mask-segformer", config={"epochs": epochs, "lr": lr},
               name=f"lr={lr}-b={batch_size}-samples={samples}")
    optimizer = AdamW(model.parameters(), lr=lr)
    scaler = GradScaler()
    best_val_loss = float("inf")
    for epoch in range(epochs):
        model.train()
        for batch in tqdm(train_loader, desc=f"Epoch {epoch+1}/{epochs} - Training"):
            images = F.interpolate(batch["pixel_values"].to(device), size=(512, 512), mode='bilinear')
            masks = batch["mask"].to(device).long()
            optimizer.zero_grad()
            with autocast():
                logits = model(pixel_values=images).logits
                loss = F.cross_entropy(F.interpolate(logits, size=(512, 512), mode="bilinear"), masks)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
        if loss.item() < best_val_loss:
            best_val_loss = loss.item()
            torch.save({'epoch': epoch + 1, 'model_state_dict': model.state_dict()}, model_save_path)
    wandb.finish()


def evaluate_model(checkpoint_path, test_loader, device):
    # Load model
    model = SegformerForSemanticSegmentation.from_pretrained(
        "nvidia/segformer-b0-finetuned-ade-512-512",
        num_labels=2,
        ignore_mismatched_sizes=True
    )
    checkpoint = torch.load(checkpoint_path, map_location=device)
    model.load_state_dict(checkpoint['model_state_dict'])
    model.to(device).eval()
    total_iou = 0
    with torch.no_grad():
        for batch in tqdm(test_loader, desc="Testing"):
            logits = model(pixel_values=batch["pixel_values"].to(device)).logits
            total_iou += compute_iou(logits.argmax(dim=1), batch["mask"].to(device))
    print(f"Test IoU: {total_iou / len(test_loader):.4f}")


if __name__ == "__main__":
    dataset = torch.load('dataset.pt')
    batch_size, samples, lr = 16, 500, 1e-4
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=True)
    model = UNet(in_channels=3, out_channels=1).to(device)
    train_model(model, loader, loader, f'unet_{samples}_{lr}_{batch_size}', device, samples, batch_size, 20, lr)
    evaluate_model(f'unet_{samples}_{lr}_{batch_size}', loader, device)
