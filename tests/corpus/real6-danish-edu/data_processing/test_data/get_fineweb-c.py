"""
Download the Danish part of Fineweb-C and keep the non-problematic rows.
"""
import pandas as pd
from datasets import load_dataset
from huggingface_hub import login

with open(".venv/huggingface_login_token.txt", "r") as fh:
    login(token=fh.read().strip())


def danish_fineweb_c(save_csv=False, csv_path="data/fineweb-c_danish_raw.csv"):
    print("Loading the Danish Fineweb-C config from the Hub ...")
    ds = load_dataset("data-is-better-together/fineweb-c", name="dan_Latn")
    if save_csv:
        ds.to_csv(csv_path, index=False, encoding="utf-8")
    df = ds["train"].to_pandas()
    return df[df["problematic_content_label_present"] == False]


if __name__ == "__main__":
    frame = danish_fineweb_c()
    print(frame.shape)
