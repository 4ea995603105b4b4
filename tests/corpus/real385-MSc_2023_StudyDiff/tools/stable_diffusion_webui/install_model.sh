# checkpoint

# majicMIX realistic 麦橘写实 v6
# https://civitai.com/models/43331?modelVersionId=94640
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/stable_diffusion/majic_mix_realistic_v6.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Stable-diffusion/

# Counterfeit-V3.0
# https://civitai.com/models/4468?modelVersionId=57618
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/stable_diffusion/CounterfeitV30_v30.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Stable-diffusion

# 万象熔炉 | Anything V5/Ink
# https://civitai.com/models/9409?modelVersionId=90854
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/stable_diffusion/AnythingV5Ink_ink.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Stable-diffusion

# Realistic Vision V5.1
# https://civitai.com/models/4201?modelVersionId=130072
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/stable_diffusion/realisticVisionV51_v51VAE.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Stable-diffusion

# Deliberate v2
# https://civitai.com/models/4823?modelVersionId=15236
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/stable_diffusion/deliberate_v2.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Stable-diffusion


#############################################################################

# lora

# Lucy (Cyberpunk Edgerunners) LoRA
# https://civitai.com/models/5477?modelVersionId=6370
cp --verbose /root/autodl-tmp/stable-diffusion-webui_model_backup/lora/cyberpunk_2077_lucy_offset.safetensors /root/autodl-tmp/stable-diffusion-webui/models/Lora/