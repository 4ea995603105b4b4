# pip install synthetic-dataset-generator
import os

from synthetic_dataset_generator import launch

assert os.getenv("HF_TOKEN")  # needed to push the dataset
os.environ["MODEL"] = "meta-llama/Llama-3.1-8B-Instruct"  # an instruct model
os.environ["MAGPIE_PRE_QUERY_TEMPLATE"] = "llama3"  # template matching the model

launch()
