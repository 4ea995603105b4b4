python src/cli_demo.py \
    --model_name_or_path /data/models/llm/chatglm3-lora/ \
    --template chatglm3 \
    --finetuning_type lora
    --checkpoint_dir /export_chatglm3/adapter_model.bin 
