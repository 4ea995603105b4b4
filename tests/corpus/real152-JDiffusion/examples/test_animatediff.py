import jittor as jt
jt.flags.use_cuda = 1
from JDiffusion.pipelines import AnimateDiffPipeline
from diffusers import DDIMScheduler, MotionAdapter
from diffusers.utils import export_to_gif

# motion module
adapter = MotionAdapter.from_pretrained("guoyww/animatediff-motion-adapter-v1-5-2")
# an SD 1.5 fine-tune used as the image backbone
model_id = "SG161222/Realistic_Vision_V5.1_noVAE"
pipe = AnimateDiffPipeline.from_pretrained(model_id, motion_adapter=adapter)
pipe.scheduler = DDIMScheduler.from_pretrained(
    model_id,
    subfolder="scheduler",
    clip_sample=False,
    timestep_spacing="linspace",
    beta_schedule="linear",
    steps_offset=1,
)
output = pipe(
    prompt="harbour at dusk, fishing boats, gulls, calm water, golden light",
    negative_prompt="bad quality, worse quality",
    num_frames=8,
    guidance_scale=7.5,
    num_inference_steps=25,
)
export_to_gif(output.frames[0], "./output/animation.gif")
