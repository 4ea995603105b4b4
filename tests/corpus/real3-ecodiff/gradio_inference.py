from dataclasses import dataclass

import gradio as gr
import torch
from diffusers import StableDiffusionXLPipeline

from src.utils import calculate_mask_sparsity, create_pipeline, ffn_linear_layer_pruning, linear_layer_pruning


def param_count(model):
    return sum(p.numel() for p in model.parameters())


@dataclass
class GradioArgs:
    ckpt: str = "./mask/ff.pt"
    device: str = "cuda:0"
    seed: list = None
    prompt: str = None
    mix_precision: str = "bf16"
    num_intervention_steps: int = 50
    model: str = "sdxl"
    binary: bool = False
    masking: str = "binary"
    scope: str = "global"
    ratio: list = None
    lambda_threshold: float = 0.001

    def __post_init__(self):
        self.seed = self.seed or [44]
        self.ratio = self.ratio or [0.68, 0.88]


def prune(pipe, hookers):
    attn_hooker, ffn_hooker = hookers[0], hookers[1]
    root = pipe.unet if getattr(pipe, "unet", None) else pipe.transformer
    for hooker, fn in ((attn_hooker, linear_layer_pruning), (ffn_hooker, ffn_linear_layer_pruning)):
        for name in hooker.hook_dict:
            lamb = hooker.lambs[hooker.lambs_module_names.index(name)]
            parent, child = name.rsplit(".", 1)
            setattr(root.get_submodule(parent), child, fn(root.get_submodule(name), lamb))
        hooker.clear_hooks()
    return pipe


def build(args):
    pipe = StableDiffusionXLPipeline.from_pretrained(
        "stabilityai/stable-diffusion-xl-base-1.0", torch_dtype=torch.bfloat16
    ).to(args.device)
    dtype = torch.bfloat16 if args.mix_precision == "bf16" else torch.float32
    masked, hookers = create_pipeline(pipe, args.model, args.device, dtype, args.ckpt, binary=args.binary,
                                      lambda_threshold=args.lambda_threshold, masking=args.masking,
                                      return_hooker=True, scope=args.scope, ratio=args.ratio)
    for n, h in zip(("ff", "attn"), hookers):
        print(n, calculate_mask_sparsity(h, None))
    pruned = prune(masked, hookers)
    pipe = StableDiffusionXLPipeline.from_pretrained(
        "stabilityai/stable-diffusion-xl-base-1.0", torch_dtype=torch.bfloat16
    ).to(args.device)
    print(f"original: {param_count(pipe.unet)}  pruned: {param_count(pruned.unet)}")
    return pipe, pruned


def create_demo():
    with gr.Blocks() as demo:
        gr.Markdown("# Image generation with an EcoDiff-pruned model")
        with gr.Row():
            gr.Dropdown(choices=["SDXL"], value="SDXL", label="Model")
            status = gr.Label(value="Model not initialised")
            init_btn = gr.Button("Initialise original and pruned models", variant="primary")
        with gr.Row():
            prompt = gr.Textbox(label="Prompt", value="A clock tower floating in a sea of clouds")
            seed = gr.Number(label="Seed", value=44, precision=0)
            steps = gr.Slider(label="Steps", minimum=1, maximum=100, value=50, step=1)
            gen_btn = gr.Button("Generate")
        with gr.Row():
            out_a, out_b = gr.Image(label="Original"), gr.Image(label="EcoDiff")
        s_pipe, s_pruned = gr.State(None), gr.State(None)

        def on_init(p, s, n):
            a, b = build(GradioArgs(prompt=p, seed=[s], num_intervention_steps=n))
            return a, b, "Model initialised"

        def on_gen(p, s, n, a, b):
            g = torch.Generator("cuda:0")
            return (a(prompt=p, generator=g.manual_seed(s), num_inference_steps=n).images[0],
                    b(prompt=p, generator=g.manual_seed(s), num_inference_steps=n).images[0])

        init_btn.click(on_init, [prompt, seed, steps], [s_pipe, s_pruned, status])
        gen_btn.click(on_gen, [prompt, seed, steps, s_pipe, s_pruned], [out_a, out_b])
    return demo


if __name__ == "__main__":
    create_demo().launch(share=True)
