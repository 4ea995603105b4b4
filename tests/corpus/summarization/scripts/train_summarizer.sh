#!/usr/bin/env bash
# Fine-tune BART / T5 on CNN-DM with the stock example script.
python examples/pytorch/summarization/run_summarization.py \
    --model_name_or_path facebook/bart-large-cnn \
    --do_train --do_eval \
    --dataset_name cnn_dailymail \
    --dataset_config "3.0.0" \
    --source_prefix "summarize: " \
    --output_dir /tmp/tst-summarization \
    --per_device_train_batch_size=4 \
    --overwrite_output_dir \
    --predict_with_generate

python examples/pytorch/summarization/run_summarization.py --model_name_or_path t5-base \
    --dataset_name=EdinburghNLP/xsum --text_column document --summary_column summary \
    --output_dir=outputs/t5-xsum --source_prefix "summarize: "

# TensorRT-LLM engine for serving
python TensorRT-LLM/examples/llama/convert_checkpoint.py --model_dir ./llama-7b-hf --output_dir ./tllm_ckpt --dtype float16
python TensorRT-LLM/examples/summarize.py --hf_model_dir meta-llama/Llama-2-7b-chat-hf --engine_dir ./engines/llama2-7b --test_trt_llm
trtllm-build --checkpoint_dir ./tllm_ckpt --output_dir ./engines/llama2-7b --gemm_plugin float16
