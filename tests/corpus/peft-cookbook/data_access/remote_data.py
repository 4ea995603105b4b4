import duckdb
import pandas as pd
import polars as pl
from datasets import load_dataset
from huggingface_hub import HfFileSystem, hf_hub_url

fs = HfFileSystem()

iris = pd.read_csv("hf://datasets/scikit-learn/iris/Iris.csv")
obelics_files = fs.ls("datasets/HuggingFaceM4/OBELICS/data", detail=False)
wiki = pl.read_parquet("hf://datasets/wikimedia/wikipedia/20231101.ab/*.parquet")
top = duckdb.sql("SELECT * FROM 'hf://datasets/HuggingFaceTB/smoltalk@~parquet/all/train/*.parquet' LIMIT 10").df()
url = hf_hub_url(repo_id="openai/gpt-oss-120b", filename="config.json")

news = load_dataset("ag_news", split="test")
tweets = load_dataset("cardiffnlp/tweet_eval", "sentiment")
local_json = load_dataset("json", data_files="data/2024/labels.jsonl")
images = load_dataset("imagefolder", data_dir="data/images/train")
streamed = load_dataset("allenai/c4", "en", split="train", streaming=True, revision="refs/convert/parquet")
print(iris.shape, len(obelics_files), wiki.shape, top.shape, url)
print("rows/s:", 12000 / 60, "ratio 2/3", "see https://huggingface.co/docs/datasets/loading")
