export PYTHONPATH=$PYTHONPATH:/mnt/gozhang/code/VL-RLHF
python inference.py \
        --image-path ../../../data_dir/coco2017/test2017/000000497687.jpg \
        --query "Describe this picture in detail." \
        --text "Three friends stand together at what looks like a party; two hold drinks, one wears a tie."\
        --detector-config "../../GroundingDINO/groundingdino/config/GroundingDINO_SwinT_OGC.py" \
        --detector-model "../../GroundingDINO/weights/groundingdino_swint_ogc.pth" \
        --api-key $api_key \
        --end-point $end_point \
        --api-service "azure" \
        --val-model-path /mnt/gozhang/code/VL-RLHF/ckpts/Qwen-VL-Chat \
        --qa2c-model-path /mnt/gozhang/code/VL-RLHF/ckpts/zerofec-qa2claim-t5-base
