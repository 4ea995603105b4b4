echo "Fetching fine-tuned weights from the Hub..."

$MODEL_DIR="/workspace/results/baseline"
HF_REPO="Areeb-02/M3D-LaMed-Phi-3-4B-finetuned"

huggingface-cli download $HF_REPO --local-dir $MODEL_DIR

echo "[INFO] weights saved in $MODEL_DIR"
