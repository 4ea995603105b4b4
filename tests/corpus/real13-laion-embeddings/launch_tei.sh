## expects two RTX 3090s (GPU 0 and 1)
volume=/storage/hf_models
TEI_IMAGE=ghcr.io/huggingface/text-embeddings-inference:1.5

model=BAAI/bge-m3
docker run --pull always --gpus all -v $volume:/data -p 8081:80 -e CUDA_VISIBLE_DEVICES=0 $TEI_IMAGE --model-id $model
docker run --pull always --gpus all -v $volume:/data -p 8081:80 -e CUDA_VISIBLE_DEVICES=1 $TEI_IMAGE --model-id $model

model=Alibaba-NLP/gte-Qwen2-1.5B-instruct
docker run --pull always --gpus all -v $volume:/data -p 8082:80 -e CUDA_VISIBLE_DEVICES=0 $TEI_IMAGE --max-batch-tokens 32768 --model-id $model
docker run --pull always --gpus all -v $volume:/data -p 8083:80 -e CUDA_VISIBLE_DEVICES=1 $TEI_IMAGE --max-batch-tokens 32768 --model-id $model

model=dunzhang/stella_en_1.5B_v5
docker run --pull always --gpus all -v $volume:/data -p 8082:80 -e CUDA_VISIBLE_DEVICES=0 $TEI_IMAGE --max-batch-tokens 32768 --model-id $model
docker run --pull always --gpus all -v $volume:/data -p 8083:80 -e CUDA_VISIBLE_DEVICES=1 $TEI_IMAGE --max-batch-tokens 32768 --model-id $model
