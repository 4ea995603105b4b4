import argparse
import os

from datasets import load_dataset
from verl.utils.hdfs_io import copy, makedirs

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument('--local_dir', default='~/data/hh')
    ap.add_argument('--hdfs_dir', default=None)
    ap.add_argument('--train_size', type=int, default=7500)
    ap.add_argument('--test_size', type=int, default=5000)
    opts = ap.parse_args()

    source_tag = 'hh'
    prefs = load_dataset('trl-lib/ultrafeedback_binarized', split='train')
    assert len(prefs) > opts.train_size + opts.test_size
    prefs = prefs.shuffle(seed=42)
    train = prefs.select(range(opts.train_size))
    test = prefs.select(range(opts.train_size, opts.train_size + opts.test_size))

    def to_row(split):
        def fn(ex, idx):
            q = ex['chosen'][0]['content']
            return {
                "data_source": source_tag,
                "prompt": [{"role": "user", "content": q}],
                "ability": "alignment",
                "reward_model": {"style": "model", "ground_truth": {"prompt": q}},
                "extra_info": {'split': split, 'index': idx},
            }
        return fn

    train = train.map(function=to_row('train'), with_indices=True)
    test = test.map(function=to_row('test'), with_indices=True)
    train.to_parquet(os.path.join(opts.local_dir, 'train.parquet'))
    test.to_parquet(os.path.join(opts.local_dir, 'test.parquet'))
    if opts.hdfs_dir is not None:
        makedirs(opts.hdfs_dir)
        copy(src=opts.local_dir, dst=opts.hdfs_dir)
