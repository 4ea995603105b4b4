__term_sd_task_pre_model_1 # =====SD1.5大模型===== OFF
__term_sd_task_pre_model_2 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/v1-5-pruned-emaonly.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # 大模型 v1-5-pruned-emaonly(4.27g) OFF
__term_sd_task_pre_model_3 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/animefull-final-pruned.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # animefull-final-pruned(4.27g) ON
__term_sd_task_pre_model_4 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/nai1-artist_all_in_one_merge.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # nai1-artist_all_in_one_merge(2.13g) OFF
__term_sd_task_pre_model_5 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/Counterfeit-V3.0_fp16.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # Counterfeit-V3.0(4.24g) OFF
__term_sd_task_pre_model_6 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/cetusMix_Whalefall2.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # cetusMix_Whalefall2(3.85g) OFF
__term_sd_task_pre_model_7 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/cuteyukimixAdorable_neochapter3.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # cuteyukimixAdorable_neochapter3(2.3g) OFF
__term_sd_task_pre_model_8 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/ekmix-pastel-fp16-no-ema.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # ekmix-pastel(2.13g) OFF
__term_sd_task_pre_model_9 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/ex2K_sse2.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # ex2K_sse2(2.38g) OFF
__term_sd_task_pre_model_10 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/kohakuV5_rev2.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # kohakuV5_rev2(2.13g) OFF
__term_sd_task_pre_model_11 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/meinamix_meinaV11.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # meinamix_meinaV11(2.13g) OFF
__term_sd_task_pre_model_12 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/oukaStar_10.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # oukaStar_10(5.43g) OFF
__term_sd_task_pre_model_13 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/pastelMixStylizedAnime_pastelMixPrunedFP16.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # pastelMixStylizedAnime(2.13g) OFF
__term_sd_task_pre_model_14 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/rabbit_v6.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # rabbit_v6(1.97g) OFF
__term_sd_task_pre_model_15 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/sweetSugarSyndrome_rev15.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # sweetSugarSyndrome_rev15(2.13g) OFF
__term_sd_task_pre_model_16 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/AnythingV5Ink_ink.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # AnythingV5Ink_ink(2.13g) OFF
__term_sd_task_pre_model_17 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/bartstyledbBlueArchiveArtStyleFineTunedModel_v10.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # bartstyledbBlueArchiveArtStyle(2.13g) OFF
__term_sd_task_pre_model_18 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/meinapastel_v6Pastel.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # meinapastel_v6(2.13g) OFF
__term_sd_task_pre_model_19 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/qteamixQ_omegaFp16.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # qteamix(2.13g) OFF
__term_sd_task_pre_model_20 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_1.5/tmndMix_tmndMixSPRAINBOW.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # tmndMix(2.13g) OFF
__term_sd_task_pre_model_21 # =====SD2.1大模型===== OFF
__term_sd_task_pre_model_22 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_2.1/v2-1_768-ema-pruned.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # v2-1_768-ema-pruned(5.21g) OFF
__term_sd_task_pre_model_23 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_2.1/wd-1-4-anime_e2.ckpt "${SD_WEBUI_PATH}"/models/Stable-diffusion # wd-1-4-anime_e2(5.16g) OFF
__term_sd_task_pre_model_24 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sd_2.1/wd-mofu-fp16.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # wd-mofu-fp16(2.58g) OFF
__term_sd_task_pre_model_25 # =====SDXL大模型===== OFF
__term_sd_task_pre_model_26 aria2_download https://huggingface.co/licyk/sd-lora/resolve/main/sdxl/sd_xl_offset_example-lora_1.0.safetensors "${SD_WEBUI_PATH}"/models/Lora # sd_xl_offset_example-lora_1.0(49.6m) OFF
__term_sd_task_pre_model_27 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sdxl_1.0/sd_xl_base_1.0_0.9vae.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # sd_xl_base_1.0_0.9vae(6.94g) OFF
__term_sd_task_pre_model_28 aria2_download https://huggingface.co/licyk/sd-model/resolve/main/sdxl_1.0/sd_xl_refiner_1.0_0.9vae.safetensors "${SD_WEBUI_PATH}"/models/Stable-diffusion # sd_xl_refiner_1.0_0.9vae(6.94g) OFF
