echo "Fetching the model from the Hugging Face Hub"
git lfs install
git clone https://huggingface.co/facebook/bart-large-mnli
# keep only the PyTorch weights and config
rm -Rf bart-large-mnli/.git bart-large-mnli/README.md bart-large-mnli/flax_model.msgpack bart-large-mnli/model.safetensors bart-large-mnli/rust_model.ot
python optim.py
