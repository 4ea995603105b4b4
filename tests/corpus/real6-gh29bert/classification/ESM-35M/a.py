from transformers import AutoTokenizer, EsmModel

tok = AutoTokenizer.from_pretrained("facebook/esm2_t12_35M_UR50D",cache_dir='./')
esm = EsmModel.from_pretrained("facebook/esm2_t12_35M_UR50D",cache_dir='./')

print(esm)
