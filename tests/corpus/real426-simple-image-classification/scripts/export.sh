python export.py \
    --weights path/to/model/weights.pth \
    --config path/to/cfg.yaml \
    --format onnx \
    --output path/to/output.onnx \
    --device cpu \
    --opset 11