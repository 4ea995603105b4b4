import argparse

from datasets import load_dataset

ap = argparse.ArgumentParser(description="Fetch a dataset into the local cache")
ap.add_argument("--dataset", type=str, default=None, help="hub dataset name")
ap.add_argument("--cache_dir", type=str, default=None, help="cache directory")
opts = ap.parse_args()

ds = load_dataset(opts.dataset, cache_dir=opts.cache_dir)
print(ds)
