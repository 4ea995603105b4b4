import torch
import matplotlib.pyplot as plt
from PIL import Image, ImageDraw

from drag_pipeline import DragDiffusionPipeline, MotionSup


def to_unit(points, size):
    pts = torch.tensor([[x / size, y / size] for y, x in points])
    return (pts - 0.5) * 2


def test_motion_super():
    dummy = torch.arange(0, 64).view([1, 8, 8]).float() / 64
    ms = MotionSup(to_unit([[1, 1]], 8), to_unit([[4, 4]], 8), dummy, dummy, torch.ones_like(dummy))
    for _ in range(1000):
        ms.step(ms.ref_latent)
        ms.search_handle(dummy, ms.ref_latent.data.clone().detach())
    print((ms.ref_latent[0] - ms.init_latent).detach().cpu().numpy())


def run_drag_diffusion():
    lora_model_path = "./sd-model-lora"

    pipeline = DragDiffusionPipeline.from_pretrained(
        "runwayml/stable-diffusion-v1-5",
        torch_dtype=torch.float16,
    )
    pipeline.unet.load_attn_procs(lora_model_path)
    pipeline = pipeline.to("cuda")

    init_image = Image.open("asset/lora/train/overture-creations-5sI6fQgYIuo.png").resize((512, 512))
    mask_image = Image.open("asset/overture-creations-5sI6fQgYIuo_mask.png").resize((512, 512))

    handle_points = [[150, 245], [150, 270], [170, 255]]
    target_points = [[200, 240], [200, 265], [220, 250]]

    image = pipeline(
        prompt="A dog sitting on the bench in the park",
        image=init_image,
        mask_image=mask_image,
        handle_points=to_unit(handle_points, 512),
        target_points=to_unit(target_points, 512),
        num_inference_steps=80,
        strength=0.7,
    ).images[0]

    draw = ImageDraw.Draw(init_image)
    for y, x in handle_points:
        draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill="blue")
    for y, x in target_points:
        draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill="red")
    plt.subplot(1, 2, 1); plt.imshow(init_image)
    plt.subplot(1, 2, 2); plt.imshow(image)
    plt.show()


if __name__ == "__main__":
    run_drag_diffusion()
