import pandas as pd
from datasets import load_dataset

# load MedMCQA from the Hub
ds = load_dataset("openlifescienceai/medmcqa")

df = pd.DataFrame(ds['train'])
df.to_json("medmcqa_train.json", orient='records', lines=True)

df_val = pd.DataFrame(ds['validation'])
df_val.to_json("medmcqa_validation.json", orient='records', lines=True)

df_test = pd.DataFrame(ds['test'])
df_test.to_json("medmcqa_test.json", orient='records', lines=True)
