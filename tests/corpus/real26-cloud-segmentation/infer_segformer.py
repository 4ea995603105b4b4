import numpy as np
from pathlib import Path
from PIL import Image
import torch
import torch.nn.functional as F
from tqdm import tqdm
from transformers import SegformerForSemanticSegmentation


def load_image(image_path, target_size=(512, 512)):
    """Load and preprocess an image for SegFormer."""
    try:
        with Image.open(image_path) as img:
            if img.mode != 'RGB':
                img = img.convert('RGB')
            img_tensor = torch.from_numpy(np.array(img)).float().permute(2, 0, 1).unsqueeze(0) / 255.0
            return F.interpolate(img_tensor, size=target_size, mode='bilinear', align_corners=False)
    except FileNotFoundError:
        print(f"Error: File not found at {image_path}")
        return None


def run_inference(model, image_tensor, original_size=None, device='cpu'):
    model.eval()
    with torch.no_grad():
        logits = model(pixel_values=image_tensor.to(device)).logits
        if original_size is not None:
            logits = F.interpolate(logits, size=original_size, mode='bilinear', align_corners=False)
        return logits.argmax(dim=1).squeeze().cpu().numpy()


def save_output(output, output_path):
    Image.fromarray((output * 255).astype(np.uint8)).save(output_path)


if __name__ == "__main__":
    input_dir = 'PATH_TO_IMAGE'  # Can be directory or single image
    output_dir = 'PATH_TO_SAVE_OUTPUT'
    model_weights = 'PATH_TO_MODEL_WEIGHTS.pth'
    device = 'cuda' if torch.cuda.is_available() else 'cpu'

    Path(output_dir).mkdir(parents=True, exist_ok=True)

    # Initialize SegFormer model
    model = SegformerForSemanticSegmentation.from_pretrained(
        "nvidia/segformer-b0-finetuned-ade-512-512",
        num_labels=2,
        ignore_mismatched_sizes=True
    ).to(device)

    checkpoint = torch.load(model_weights, map_location=device)
    model.load_state_dict(checkpoint['model_state_dict'])

    input_path = Path(input_dir)
    files = [input_path] if input_path.is_file() else list(input_path.glob('*'))
    for file in tqdm(files, desc="Processing images"):
        with Image.open(file) as img:
            original_size = img.size[::-1]
        image_tensor = load_image(file, target_size=(512, 512))
        if image_tensor is None:
            continue
        output = run_inference(model, image_tensor, original_size=original_size, device=device)
        save_output(output, Path(output_dir) / f"{file.stem}_mask{file.suffix}")
