# fetch the checkpoint
huggingface-cli download --repo-type=model --local-dir=models/ckpts/StructLM-7B-Mistral TIGER-Lab/StructLM-7B-Mistral

# raw data needed to run the evaluation
huggingface-cli download --repo-type=dataset --local-dir=data/downloads/extracted/ TIGER-Lab/SKGInstruct ./skg_raw_data.zip
unzip -o data/downloads/extracted/skg_raw_data.zip -d data/downloads/extracted/

# test file (7b uses a slightly different eval format than 13b/34b)
huggingface-cli download --repo-type=dataset --local-dir=data/processed/ TIGER-Lab/SKGInstruct ./skginstruct_test_file_7b.json
