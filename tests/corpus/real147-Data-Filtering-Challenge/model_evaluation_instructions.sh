# How to evaluate a model
# (tweaked a couple of lines; this runs from the mac command line)

# Evaluation (dropped `cache_dir=~/.cache`, it failed for me):
cd ~/Data-Filtering-Challenge/lm-evaluation-harness
pip install -e . 

# This evaluates the baseline.
# Once you have your own fine-tuned model, swap 'data4elm/Llama-400M-12L'
# for 'output_models/dora_merged' (the merged model directory)
lm_eval --model hf \
    --model_args pretrained=../output_models/dora_merged,trust_remote_code=True \
    --tasks elmb_roleplay,elmb_reasoning,elmb_functioncalling,elmb_chatrag \
    --device cuda:0 \
    --batch_size 1 \
    --log_samples \
    --output_path ./eval_results/baseline_elmb




# should fix the earlier issue (revisit later)
# lm_eval --model hf \
#     --model_args pretrained=data4elm/Llama-400M-12L,peft=../output_models/finetune,trust_remote_code=True \
#     --tasks elmb_roleplay,elmb_reasoning,elmb_functioncalling,elmb_chatrag \
#     --device cuda:0 \
#     --batch_size 1 \
#     --log_samples \
#     --output_path ./eval_results/baseline_elmb
