model_zoo = {
    "Swin-B": {
        "config": "transfiner/configs/transfiner/mask_rcnn_swinb_FPN_3x.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1XkEwTMiyADYfvniIrBIDX7RPTSLI4fys&export=download",
        "size": "465 MB",
        "mAP(mask) on COCO": 45.5
    },
    "Swin-T": {
        "config": "transfiner/configs/transfiner/mask_rcnn_swint_FPN_3x.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1ezIxmwdMl_cC7gCPEqtLL6zlSYd3R9wA&export=download",
        "size": "216 MB",
        "mAP(mask) on COCO": 43.5
    },
    "R101-FPN-DCN": {
        "config": "transfiner/configs/transfiner/mask_rcnn_R_101_FPN_3x_deform.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1TpVQksuaXlhioD3WqWppX84MB-l_Eb7-&export=download",
        "size": "281 MB",
        "mAP(mask) on COCO": 42.2
    },
    "R101-FPN": {
        "config": "transfiner/configs/transfiner/mask_rcnn_R_101_FPN_3x.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1Jn27jTpFFWjuX22xvR1upP99nOXfZ1nk&export=download",
        "size": "276 MB",
        "mAP(mask) on COCO": 40.5
    },
    "R50-FPN-DCN": {
        "config": "transfiner/configs/transfiner/mask_rcnn_R_50_FPN_3x_deform.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1N0C_ZhES7iu8qEPG2mrdxf8rWteemxQD&export=download",
        "size": "206 MB",
        "mAP(mask) on COCO": 40.5
    },
    "R50-FPN": {
        "config": "transfiner/configs/transfiner/mask_rcnn_R_50_FPN_3x.yaml",
        "weights_url": "https://drive.google.com/u/0/uc?id=1EA9pMdUK6Ad9QsjaZz0g5jqbo_JkqtME&export=download",
        "size": "203 MB",
        "mAP(mask) on COCO": 39.2
    },
}