# Hub login (token comes from the environment)
huggingface-cli login --token $HF_TOKEN

# Cache directory
# export TRANSFORMERS_CACHE=~/READMESum/hf-pretrained-checkpoints/
export TRANSFORMERS_CACHE=../../hf-pretrained-checkpoints/

export CUDA_VISIBLE_DEVICES="0,1"
export TOKENIZERS_PARALLELISM=false

## Fine-tune bart-base
# python bart-base_readme_summarization.py

## Fine-tune t5-small
# python t5-small_readme_summarization.py

## Fine-tune pegasus-x-large
# python pegasus-x-large_readme_summarization.py

## Fine-tune Llama2
python llama2-7b_readme_summarization.py
