lm_eval --model hf --model_args pretrained=IDEA-CCNL/Wenzhong-GPT2-110M --tasks arc_challenge,hellaswag,piqa --device cuda:0 --batch_size 8
