from diffusers import StableDiffusionPipeline
import torch
from typing import Optional
from threading import Thread, Event
import io

from wirebind.binds.atom import Atom
from wirebind.sender import Sender


MODEL_ID = "stabilityai/stable-diffusion-2"


class StableDiffusion:
    prompts = Atom([
        {"prompt": "a hamburger", "weight": 1.0},
        {"prompt": "an ice cream sandwich", "weight": 1.0},
    ])
    progress = Atom(0)
    result = Atom(None)
    thread: Optional[Thread] = None
    num_timesteps: int = 10

    def __init__(self):
        self.pipe = StableDiffusionPipeline.from_pretrained(MODEL_ID, torch_dtype=torch.float16)
        self.pipe.to("cuda")
        self.prompts_dirty = Event()
        self.prompts_dirty.set()
        self.prepare_latents()
        self.prompts.add_listener(Sender(lambda _: self.prompts_dirty.set()))
        self.thread = Thread(target=self.run_diffusion)
        self.thread.start()

    def prepare_latents(self, _=None):
        self.prompts_dirty.set()
        size = self.pipe.unet.config.sample_size * self.pipe.vae_scale_factor
        self.latents = self.pipe.prepare_latents(1, self.pipe.unet.config.in_channels, size, size,
                                                 torch.float16, self.pipe._execution_device, None, None)

    def latents_to_image(self, latents):
        latents = 1 / self.pipe.vae.config.scaling_factor * latents
        image = self.pipe.vae.decode(latents).sample
        image = (image / 2 + 0.5).clamp(0, 1)
        image = image.cpu().detach().permute(0, 2, 3, 1).float().numpy()
        return self.pipe.numpy_to_pil(image)[0]

    def update_image(self, latents):
        buf = io.BytesIO()
        self.latents_to_image(latents).save(buf, format='jpeg')
        self.result.set(buf.getvalue())

    def run_diffusion(self):
        with torch.no_grad():
            while True:
                self.prompts_dirty.clear()
                self.pipe.scheduler.set_timesteps(self.num_timesteps)
                latents = self.latents.clone()
                for i, t in enumerate(self.pipe.scheduler.timesteps):
                    if self.prompts_dirty.is_set():
                        break
                    self.progress.set(i / (self.num_timesteps - 1))
                self.update_image(latents)
                self.prompts_dirty.wait()


STABLE_DIFFUSION = StableDiffusion()


def root(message: any):
    message["reply"].send({
        "prompts": STABLE_DIFFUSION.prompts,
        "result": STABLE_DIFFUSION.result,
        "progress": STABLE_DIFFUSION.progress,
        "shuffle_latents": Sender(STABLE_DIFFUSION.prepare_latents),
    })
