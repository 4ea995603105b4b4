#!/bin/bash

echo "== LoRA adapters of Pythia 70M =="

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/allenai_ai2_arc.ARC-Challenge \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Challenge \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/allenai_ai2_arc.ARC-Easy \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Easy \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/allenai_openbookqa.main \
--model_type lora \
--datasets allenai/openbookqa.main \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/allenai_winogrande.winogrande_m \
--model_type lora \
--datasets allenai/winogrande.winogrande_m \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/google_boolq \
--model_type lora \
--datasets google/boolq \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/Rowan_hellaswag \
--model_type lora \
--datasets Rowan/hellaswag \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/stanford_snli \
--model_type lora \
--datasets stanfordnlp/snli \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/openai_gsm8k.main \
--model_type lora \
--datasets openai/gsm8k.main \
--evaluator.batch_size 128 --evaluator.max_new_tokens 256

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/mix_8 \
--model_type lora \
--datasets all \
--ignore_datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 128 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/EleutherAI_pythia-70m/mix_8 \
--model_type lora \
--datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 128 --evaluator.max_new_tokens 256

############################################################

echo "== LoRA adapters of Gemma3 270M =="

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/allenai_ai2_arc.ARC-Challenge \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Challenge \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/allenai_ai2_arc.ARC-Easy \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Easy \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/allenai_openbookqa.main \
--model_type lora \
--datasets allenai/openbookqa.main \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/allenai_winogrande.winogrande_m \
--model_type lora \
--datasets allenai/winogrande.winogrande_m \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/google_boolq \
--model_type lora \
--datasets google/boolq \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/Rowan_hellaswag \
--model_type lora \
--datasets Rowan/hellaswag \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/stanford_snli \
--model_type lora \
--datasets stanfordnlp/snli \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/openai_gsm8k.main \
--model_type lora \
--datasets openai/gsm8k.main \
--evaluator.batch_size 64 --evaluator.max_new_tokens 256

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/mix_8 \
--model_type lora \
--datasets all \
--ignore_datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 64 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/google_gemma-3-270m-it/mix_8 \
--model_type lora \
--datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 64 --evaluator.max_new_tokens 256

############################################################

echo "== LoRA adapters of Qwen3 0.6B =="

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/allenai_ai2_arc.ARC-Challenge \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Challenge \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/allenai_ai2_arc.ARC-Easy \
--model_type lora \
--datasets allenai/ai2_arc.ARC-Easy \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/allenai_openbookqa.main \
--model_type lora \
--datasets allenai/openbookqa.main \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/allenai_winogrande.winogrande_m \
--model_type lora \
--datasets allenai/winogrande.winogrande_m \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/google_boolq \
--model_type lora \
--datasets google/boolq \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/Rowan_hellaswag \
--model_type lora \
--datasets Rowan/hellaswag \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/stanford_snli \
--model_type lora \
--datasets stanfordnlp/snli \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/openai_gsm8k.main \
--model_type lora \
--datasets openai/gsm8k.main \
--evaluator.batch_size 32 --evaluator.max_new_tokens 256

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/mix_8 \
--model_type lora \
--datasets all \
--ignore_datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 32 --evaluator.max_new_tokens 32

python evaluate.py \
--model_path _models/lora/Qwen_Qwen3-0.6B/mix_8 \
--model_type lora \
--datasets openai/gsm8k.main ChilleD/SVAMP \
--evaluator.batch_size 32 --evaluator.max_new_tokens 256

############################################################
