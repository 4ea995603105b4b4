# Project         -       Medical Question Answering using QLoRA
# Base Model      -       LLaMA-2-7B
# Method          -       4-bit Quantization + LoRA (QLoRA)
# Dataset         -       MedQuad (Medical Q&A dataset)
# Objective       -       Domain-specific instruction tuning for medical question answering

# step-1 import libs



# step-2 load dataset



# step-3 load model + tokenizer + bnb config



# step-4 apply lora



# step-5 combine questions + answers



# step-6 tokenization fn



# step-7 dataset mapping



# step-8 set up data collator



# step-9 training args



# step-10 setup trainer



# step-11 train



# step-12 save final model



# step-13 clean training summary