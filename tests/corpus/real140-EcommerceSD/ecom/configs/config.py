CONTROLNET_MODEL_IDS = {
    "Openpose": "lllyasviel/control_v11p_sd15_openpose",
    "Canny": "/tmp/pycharm_project_823/weights/controlnet/canny/",  # lllyasviel/control_v11p_sd15_canny
    "MLSD": "/tmp/pycharm_project_823/weights/controlnet/mlsd/",
    "scribble": "lllyasviel/control_v11p_sd15_scribble",
    "softedge": "lllyasviel/control_v11p_sd15_softedge",
    "segmentation": "lllyasviel/control_v11p_sd15_seg",
    "depth": "lllyasviel/control_v11f1p_sd15_depth",
    "NormalBae": "lllyasviel/control_v11p_sd15_normalbae",
    "lineart": "/tmp/pycharm_project_823/weights/controlnet/lineart/",
    "lineart_anime": "lllyasviel/control_v11p_sd15s2_lineart_anime",
    "shuffle": "lllyasviel/control_v11e_sd15_shuffle",
    "ip2p": "lllyasviel/control_v11e_sd15_ip2p",
    "inpaint": "lllyasviel/control_v11e_sd15_inpaint",

    "ecomxl_softedge": "alimama-creative/EcomXL_controlnet_softedge",
    "ecomxl_inpaint": "alimama-creative/EcomXL_controlnet_inpaint",

    "hunyuandit_canny": "Tencent-Hunyuan/HunyuanDiT-v1.1-ControlNet-Diffusers-Canny",
    "hunyuandit_depth": "Tencent-Hunyuan/HunyuanDiT-v1.1-ControlNet-Diffusers-Depth",
    "hunyuandit_pose": "Tencent-Hunyuan/HunyuanDiT-v1.1-ControlNet-Diffusers-Pose"
}

VAE_MODEL_IDS = {
    "ecomxl_softedge": 'madebyollin/sdxl-vae-fp16-fix'

}
