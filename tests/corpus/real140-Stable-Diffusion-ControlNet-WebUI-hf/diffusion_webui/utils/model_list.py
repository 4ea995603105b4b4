stable_model_list = [
    "TASUKU2023/Chilloutmix",
]

# controlnet_tile_model_list = [
#     "lllyasviel/control_v11f1e_sd15_tile",
# ]

# controlnet_inpaint_model_list = [
#     "lllyasviel/control_v11p_sd15_inpaint",
# ]

stable_inpiant_model_list = [
    "TASUKU2023/Chilloutmix",
]

controlnet_canny_model_list = [
    "lllyasviel/control_v11p_sd15_canny",
]

controlnet_depth_model_list = [
    "lllyasviel/control_v11f1p_sd15_depth",
]

controlnet_pose_model_list = [
    "lllyasviel/control_v11p_sd15_openpose",
]

controlnet_hed_model_list = [
    "lllyasviel/sd-controlnet-hed",
]

controlnet_scribble_model_list = [
    "lllyasviel/control_v11p_sd15_scribble",
]

controlnet_mlsd_model_list = [
    "lllyasviel/control_v11p_sd15_mlsd",
]

controlnet_normal_model_list = [
    "lllyasviel/control_v11p_sd15_normalbae",
]

controlnet_seg_model_list = [
    "lllyasviel/control_v11p_sd15_seg",
]

controlnet_shuffle_model_list = [
    "lllyasviel/control_v11e_sd15_shuffle",
]

controlnet_pix2pix_model_list = [
    "lllyasviel/control_v11e_sd15_ip2p",
]

controlnet_lineart_model_list = [
    "lllyasviel/control_v11p_sd15_lineart",
]

controlnet_lineart_anime_model_list = [
    "lllyasviel/control_v11p_sd15s2_lineart_anime",
]

controlnet_softedge_model_list = [
    "lllyasviel/control_v11p_sd15_softedge",
]
