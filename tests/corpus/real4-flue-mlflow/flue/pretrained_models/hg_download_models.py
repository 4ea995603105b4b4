from transformers import AutoModel, AutoTokenizer, FlaubertModel, FlaubertTokenizer

model_name = "flaubert/flaubert_base_cased"
cache_dir = "./flue/pretrained_models"

# fetch the weights into the local cache
model, info = AutoModel.from_pretrained(model_name, output_loading_info=True, cache_dir=cache_dir)
# model, info = FlaubertModel.from_pretrained(model_name, output_loading_info=True, cache_dir=cache_dir)

tokenizer = AutoTokenizer.from_pretrained(model_name, cache_dir=cache_dir)
# tok = FlaubertTokenizer.from_pretrained(model_name, do_lowercase=False, cache_dir=cache_dir)
# cased Flaubert checkpoints need do_lowercase=False

print(f"cached under {cache_dir}")
