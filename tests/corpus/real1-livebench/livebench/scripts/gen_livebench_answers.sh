# python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/instruction_following/paraphrase
# python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/coding/LCB_generation
# python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/data_analysis/cta
# python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/language/typos
python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/math/AMPS_Hard
python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/math/math_comp
# python gen_model_answer.py --model-path teknium/OpenHermes-2.5-Mistral-7B --model-id OpenHermes-2.5-Mistral-7B --dtype bfloat16 --bench-name live_bench/reasoning/zebra_puzzle
