python3 bikedet.py \
    --input ~/Projects/PZ_neuro/sources/s03e03.mp4 \
    --output-dir ./runs/efficientdet_lite1 \
    --show-vid \
    --save-vid \
    --crop

# --model models/efficientdet_lite1_384_ptq_edgetpu.tflite \
# --model models/efficientdet_lite1_384_ptq_edgetpu.tflite \
# --model models/efficientdet_lite2_448_ptq_edgetpu.tflite \
# --model models/ssd_mobilenet_v2_coco_quant_postprocess_edgetpu.tflite \
# --model models/ssdlite_mobiledet_coco_qat_postprocess_edgetpu.tflite \

# --input /dev/video0 \
