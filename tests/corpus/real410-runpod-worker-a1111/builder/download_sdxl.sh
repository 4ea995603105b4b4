## SDXL ###
# base
wget https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_base_1.0.safetensors

# refiner
wget https://huggingface.co/stabilityai/stable-diffusion-xl-refiner-1.0/resolve/main/sd_xl_refiner_1.0.safetensors

# Dreamshaper XL
wget -q -O dreamshaper_XL.safetensors https://civitai.com/api/download/models/126688?type=Model&format=SafeTensor&size=full&fp=fp16

# Juggernaut XL
wget -q -O juggernaut_XL.safetensors https://civitai.com/api/download/models/357609


# ### SD 1.5 ###
# # realistic vision
# wget https://civitai.com/api/download/models/130072?type=Model&format=SafeTensor&size=full&fp=fp16
# mv 130072?type=Model realistic_vision.safetensors

# # CyberRealistic
# wget https://civitai.com/api/download/models/372799
# mv 372799 CyberRealistic.safetensors

# # AbsoluteReality
# wget https://civitai.com/api/download/models/132760?type=Model&format=SafeTensor&size=pruned&fp=fp16
# mv 132760?type=Model AbsoluteReality.safetensors
