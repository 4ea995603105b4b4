pip install huggingface_hub
export HF_TOKEN=hf_YOUR_TOKEN_HERE
huggingface-cli login --token $HF_TOKEN

huggingface-cli upload amazon-grpo meta_All_Beauty_dict_title_grpo.json --repo-type dataset
huggingface-cli upload amazon-grpo meta_Amazon_Fashion_dict_title_grpo.json --repo-type dataset
huggingface-cli upload amazon-grpo meta_Appliances_dict_title_grpo.json --repo-type dataset
