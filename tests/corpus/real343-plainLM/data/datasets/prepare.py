"""
This script can be used to download, tokenize and chunk an HF dataset.

These three ops can be done independently, so you can run:
- `python prepare.py --donwload` to download the raw dataset.
- `python prepare.py --tokenize` to tokenize the raw dataset.
- `python prepare.py --chunk` to chunk the tokenized dataset.
You can also run all three ops at once by passing all three flags:
- `python prepare.py --download --tokenize --chunk`
If you want to run the tokenization step, it is expected that the raw dataset is available on disk or that `--download` flag is passed.
If you want to run the chunking step, it is expected that the tokenized dataset is available on disk or that `--tokenize` flag is passed.

Download can be done in streaming mode, which might be useful for large datasets.
In this case, the dataset is loaded as an IterableDataset, and then converted to a Dataset.
If you want to use streaming, set the `streaming` flag to True:
- `python prepare.py --donwload --streaming`

By default intermediate datasets are not saved to disk.
You can save the raw dataset by passing `--save_raw` flag.
You can save the tokenized dataset by passing `--save_tokenized` flag.
We recommend saving intermediate datasets to avoid re-downloading or re-tokenizing them.

Example: preprocess FineWebEdu 10BT sample:
```
python prepare.py \
  --out_path=/fast/najroldi/data/lm/fwedu/fwedu_sample_10B_tokenizer_GPT2 \
  --download --tokenize --chunk \
  --dataset_path='HuggingFaceFW/fineweb-edu' \
  --dataset_split=train \
  --dataset_name='sample-10BT' \
  --tokenizer='gpt2' \
  --seq_length=2048 \
  --split_train_valid \
  --n_tokens_valid=10000000 \
  --save_raw --save_tokenized --save_tokenizer
```

The output should look like this:
```
{out_path}/
├── raw_dataset/          # Contains the raw dataset
├── tokenized_dataset/    # Contains the tokenized dataset
├── tokenizer/            # Contains the tokenizer
└── ctx_{seq_length}/
    ├── train/            # Contains the training set
    └── valid/            # Contains the validation set
```

"""

import os
import multiprocessing as mp

# # This will override FileLock globally to use SoftFileLock.
# # Uncomment on filesystems do not support FileLock.
# import filelock
# filelock.FileLock = filelock.SoftFileLock
# os.environ["SOFT_FILELOCK"] = "1"

from absl import app, flags
from functools import partial
from timeit import default_timer as timer
from datasets import Dataset, load_from_disk, load_dataset
from transformers import AutoTokenizer

from data.datasets.data_prep_utils import concat_chunck

# Linux’s default “fork” start method inherits open handles (semaphores/CWD) 
# in the pymp-* temp directory, leading to OSError on cleanup.
# Forcing “spawn” via mp.set_start_method("spawn", force=True) 
# prevents handle inheritance so the temp-dir can be removed safely.
mp.set_start_method('spawn', force=True)

flags.DEFINE_string('out_path', '/fast/najroldi/data/lm/fwedu/test', 'Path where to save the dataset.')
flags.DEFINE_string('cache_path', '~/.cache/huggingface/datasets', 'Cache for download.')

flags.DEFINE_boolean('download', False, 'Download the raw dataset.')
flags.DEFINE_boolean('tokenize', False, 'Tokenize the raw dataset.')
flags.DEFINE_boolean('chunk', False, 'Chunk the tokenized dataset.')

flags.DEFINE_string('dataset_path', 'HuggingFaceFW/fineweb-edu', 'Path of the dataset to download.')
flags.DEFINE_string('dataset_split', 'train', 'Split of the dataset to download.')
flags.DEFINE_string('dataset_name', None, 'Defines the name of the dataset configuration.')
flags.DEFINE_list('dataset_columns', None, 'Columns to keep from the dataset.')

flags.DEFINE_boolean('streaming', False, 'Download the dataset in streaming mode. Ignored if `download` is False.')
flags.DEFINE_integer('nrows', None, 'Number of rows to download. Ignored if `download` is False.')

flags.DEFINE_string('tokenizer', 'gpt2', 'A valid tokenizer for transformers.AutoTokenizer.')
flags.DEFINE_integer('seq_length', None, 'Sequence length for chunking the dataset. Ignored if `chunk` is False.')

flags.DEFINE_boolean('split_train_valid', True, 'Split the dataset into train and valid sets after chunking.')
flags.DEFINE_integer('n_tokens_valid', None, 'Number of tokens in the validation set. Ignored if `chunk` is False.')

flags.DEFINE_boolean('save_raw', False, 'Save the raw dataset to disk. Ignored if `download` is False.')
flags.DEFINE_boolean('save_tokenized', False, 'Save the tokenized dataset to disk. Ignored if `tokenize` is False.')
flags.DEFINE_boolean('save_tokenizer', False, 'Save the tokenizer to disk. Ignored if `tokenize` is False.')

FLAGS = flags.FLAGS
