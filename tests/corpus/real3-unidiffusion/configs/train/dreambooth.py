from diffusion_trainer.config import LazyCall as L
from diffusion_trainer.config import get_config
from diffusion_trainer.models import (
    AutoencoderKL_DT,
    CLIPTextModel_DT,
    CLIPTokenizer_DT,
    UNet2DConditionModel_DT,
)

# defaults shared by every recipe
dataloader = get_config("common/data/txt_dataset.py").optimizer
optimizer = get_config("common/optim.py").optimizer
train = get_config("common/train.py").train
accelerator = get_config("common/train.py").accelerator

optimizer.optimizer = "AdamW"
optimizer.lr = 2e-7

train.pretrained_model_name_or_path = 'runwayml/stable-diffusion-v1-5'

# components
vae = L(AutoencoderKL_DT)(
    pretrained_model_name_or_path=train.pretrained_model_name_or_path,
    subfolder="vae",
    revision=train.revision,
)

unet = L(UNet2DConditionModel_DT)(
    pretrained_model_name_or_path=train.pretrained_model_name_or_path,
    subfolder="unet",
    revision=train.revision,
)
