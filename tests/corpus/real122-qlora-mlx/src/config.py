MODEL_NAME = "mistralai/Mistral-7B-v0.1"    
MAX_LENGTH = 128                            # Max input length
Dataset_dolly = "databricks/databricks-dolly-15k"


### Paths

tokenized_ds_path = r"data/dolly_mistral7b_tokenized"
