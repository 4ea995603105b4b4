## MODEL

model_list = {
    "1. Anime (by XpucT) + INP": [
        {'url': "https://huggingface.co/XpucT/Anime/resolve/main/Anime_v2.safetensors", 'name': "Anime_V2.safetensors"},
        {'url': "https://huggingface.co/XpucT/Anime/resolve/main/Anime_v2-inpainting.safetensors", 'name': "Anime_V2-inpainting.safetensors"}
    ],
    "2. BluMix [Anime] [V7] + INP": [
        {'url': "https://civitai.com/api/download/models/361779", 'name': "BluMix_V7.safetensors"},
        {'url': "https://civitai.com/api/download/models/363850", 'name': "BluMix_V7-inpainting.safetensors"}
    ],
    "3. Cetus-Mix [Anime] [V4] + INP": [
        {'url': "https://huggingface.co/fp16-guy/Cetus-Mix_v4_fp16_cleaned/resolve/main/cetusMix_v4_fp16.safetensors", 'name': "CetusMix_V4.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/Cetus-Mix_v4_fp16_cleaned/resolve/main/cetusMix_v4_inp_fp16.safetensors", 'name': "CetusMix_V4-inpainting.safetensors"}
    ],
    "4. Counterfeit [Anime] [V3] + INP": [
        {'url': "https://huggingface.co/fp16-guy/Counterfeit-V3.0_fp16_cleaned/resolve/main/CounterfeitV30_v30_fp16.safetensors", 'name': "Counterfeit_V3.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/Counterfeit-V3.0_fp16_cleaned/resolve/main/CounterfeitV30_v30_inp_fp16.safetensors", 'name': "Counterfeit_V3-inpainting.safetensors"}
    ],
    "5. CuteColor [Anime] [V3]": [
        {'url': "https://civitai.com/api/download/models/138754", 'name': "CuteColor_V3.safetensors"}
    ],
    "6. Dark-Sushi-Mix [Anime]": [
        {'url': "https://civitai.com/api/download/models/141866", 'name': "DarkSushiMix_2_5D.safetensors"},
        {'url': "https://civitai.com/api/download/models/56071", 'name': "DarkSushiMix_colorful.safetensors"}
    ],
    "7. Meina-Mix [Anime] [V12] + INP": [
        {'url': "https://civitai.com/api/download/models/948574", 'name': "MeinaMix_V12.safetensors"}
    ],
    "8. Mix-Pro [Anime] [V4] + INP": [
        {'url': "https://huggingface.co/fp16-guy/MIX-Pro-V4_fp16_cleaned/resolve/main/mixProV4_v4_fp16.safetensors", 'name': "MixPro_V4.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/MIX-Pro-V4_fp16_cleaned/resolve/main/mixProV4_v4_inp_fp16.safetensors", 'name': "MixPro_V4-inpainting.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/MIX-Pro-V4.5_fp16_cleaned/resolve/main/mixProV45Colorbox_v45_fp16.safetensors", 'name': "MixPro_V4_5.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/MIX-Pro-V4.5_fp16_cleaned/resolve/main/mixProV45Colorbox_v45_inp_fp16.safetensors", 'name': "MixPro_V4_5-inpainting.safetensors"}
    ]
}

## VAE

vae_list = {
    "1. Anime.vae": [
        {'url': "https://huggingface.co/fp16-guy/anything_kl-f8-anime2_vae-ft-mse-840000-ema-pruned_blessed_clearvae_fp16_cleaned/resolve/main/kl-f8-anime2_fp16.safetensors", 'name': "Anime-kl-f8.vae.safetensors"},
        {'url': "https://huggingface.co/fp16-guy/anything_kl-f8-anime2_vae-ft-mse-840000-ema-pruned_blessed_clearvae_fp16_cleaned/resolve/main/vae-ft-mse-840000-ema-pruned_fp16.safetensors", 'name': "Anime-mse.vae.safetensors"}
    ],
    "2. Anything.vae": [{'url': "https://huggingface.co/fp16-guy/anything_kl-f8-anime2_vae-ft-mse-840000-ema-pruned_blessed_clearvae_fp16_cleaned/resolve/main/anything_fp16.safetensors", 'name': "Anything.vae.safetensors"}],
    "3. Blessed2.vae": [{'url': "https://huggingface.co/fp16-guy/anything_kl-f8-anime2_vae-ft-mse-840000-ema-pruned_blessed_clearvae_fp16_cleaned/resolve/main/blessed2_fp16.safetensors", 'name': "Blessed2.vae.safetensors"}],
    "4. ClearVae.vae": [{'url': "https://huggingface.co/fp16-guy/anything_kl-f8-anime2_vae-ft-mse-840000-ema-pruned_blessed_clearvae_fp16_cleaned/resolve/main/ClearVAE_V2.3_fp16.safetensors", 'name': "ClearVae_23.vae.safetensors"}],
    "5. WD.vae": [{'url': "https://huggingface.co/NoCrypt/resources/resolve/main/VAE/wd.vae.safetensors", 'name': "WD.vae.safetensors"}]
}
