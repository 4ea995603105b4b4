#!/bin/bash

set -euo pipefail

#alldone
# python src/haloscope/main.py --model_name llama2_7B --dataset_name tigrinya --gene 1 --most_likely 1 --num_gene 1
# python src/haloscope/main.py --model_name llama2_7B --dataset_name tigrinya --generate_gt 1 --most_likely 1
# python src/haloscope/main.py --model_name opt_6_7b --dataset_name tigrinya --gene 1 --most_likely 1 --num_gene 1
# python src/haloscope/main.py --model_name opt_6_7b --dataset_name armenian --most_likely 1 --weighted_svd 1 --feat_loc_svd 3

#alldone
# python src/selfcheckgpt/main.py --model_name llama2_7B --dataset_name basque --gene 1 --num_gene 3
# python src/selfcheckgpt/main.py --model_name opt_6_7b --dataset_name basque --generate_gt 1
# python src/selfcheckgpt/main.py --model_name opt_6_7b --dataset_name basque

# done python src/perplexity/main.py --model_name llama2_7B --dataset_name armenian
# donepython src/perplexity/main.py --model_name opt_6_7b --dataset_name armenian

# alldone
# python src/hallushift/main.py --model_name llama2_7B --dataset_name basque --gene 1
# python src/hallushift/main.py --model_name llama2_7B --dataset_name basque --generate_gt 1
# python src/hallushift/main.py --model_name llama2_7B --dataset_name basque
