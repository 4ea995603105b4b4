import argparse
import io
import math
import multiprocessing as mp
import os

import boto3
import dotenv
import numpy as np
from datasets import load_dataset
from tqdm import tqdm
from transformers import AutoTokenizer

dotenv.load_dotenv()

# Global tokenizer for multiprocessing
_tokenizer = None
_s3_client = None


def init_worker(tokenizer_name, r2_args=None):
    """Initialize the tokenizer and S3 client in each worker process."""
    global _tokenizer, _s3_client
    _tokenizer = AutoTokenizer.from_pretrained(tokenizer_name)
    _tokenizer.model_max_length = int(1e9)
    if _tokenizer.eos_token_id is None:
        raise ValueError(f"Tokenizer {tokenizer_name} must have an EOS token.")
    if r2_args and r2_args["bucket"]:
        _s3_client = boto3.session.Session().client(
            "s3",
            endpoint_url=r2_args["endpoint_url"],
            aws_access_key_id=r2_args["access_key_id"],
            aws_secret_access_key=r2_args["secret_access_key"],
        )


def tokenize_doc(doc):
    text = doc.get("text")
    if not text or not isinstance(text, str):
        return np.array([], dtype=np.uint16)
    tokens = _tokenizer.encode(text, add_special_tokens=False)
    tokens.append(_tokenizer.eos_token_id)
    return np.array(tokens, dtype=np.uint16)


def save_shard(shard_buffer, shard_idx, tokens_in_shard, args):
    shard_name = f"train_{shard_idx:06d}.npy"
    if args.r2_bucket:
        buffer = io.BytesIO()
        np.save(buffer, shard_buffer[:tokens_in_shard])
        buffer.seek(0)
        key = os.path.join(args.r2_prefix, shard_name)
        _s3_client.upload_fileobj(buffer, args.r2_bucket, key)
        tqdm.write(f"Uploaded shard {shard_idx} to R2: s3://{args.r2_bucket}/{key}")
    else:
        shard_path = os.path.join(args.output_dir, shard_name)
        np.save(shard_path, shard_buffer[:tokens_in_shard])
        tqdm.write(f"Saved shard {shard_idx} to {shard_path}")


def main(args):
    expected_shards = math.ceil(args.total_tokens / args.shard_size)
    args.r2_endpoint_url = f"https://{args.r2_endpoint_url}.r2.cloudflarestorage.com"
    os.makedirs(args.output_dir, exist_ok=True)

    print(f"Dataset: {args.dataset}")
    print(f"Tokenizer: {args.tokenizer}")
    print(f"Expected shards: {expected_shards}")

    dataset = load_dataset(
        args.dataset, split="train", streaming=True, trust_remote_code=True
    )
    dataset = dataset.shuffle(seed=args.seed, buffer_size=args.buffer_size)

    shard_idx, tokens_in_shard, total_tokens = 0, 0, 0
    shard_buffer = np.empty(args.shard_size, dtype=np.uint16)
    r2_init_args = {"bucket": args.r2_bucket, "endpoint_url": args.r2_endpoint_url,
                    "access_key_id": args.r2_access_key_id, "secret_access_key": args.r2_secret_access_key}

    with mp.Pool(args.num_proc if args.num_proc > 0 else os.cpu_count() - 1,
                 initializer=init_worker, initargs=(args.tokenizer, r2_init_args)) as pool:
        for doc_tokens in pool.imap(tokenize_doc, iter(dataset), chunksize=args.chunk_size):
            if total_tokens >= args.total_tokens:
                break
            take = min(len(doc_tokens), args.shard_size - tokens_in_shard)
            shard_buffer[tokens_in_shard:tokens_in_shard + take] = doc_tokens[:take]
            tokens_in_shard += take
            total_tokens += take
            if tokens_in_shard == args.shard_size:
                save_shard(shard_buffer, shard_idx, tokens_in_shard, args)
                shard_idx += 1
                tokens_in_shard = 0

    if tokens_in_shard > 0:
        save_shard(shard_buffer, shard_idx, tokens_in_shard, args)
    print(f"Completed. Total tokens: {total_tokens:,}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Pre-tokenize dataset and save as shards locally or to R2")
    parser.add_argument(
        "--dataset",
        default="mlfoundations/dclm-baseline-1.0-parquet",
        help="HuggingFace dataset name",
    )
    parser.add_argument(
        "--tokenizer",
        default="togethercomputer/LLaMA-2-7B-32K",
        help="Transformers tokenizer",
    )
    parser.add_argument(
        "--output_dir",
        default="~/datasets/dclm_150B_tokenized",
        help="Output root directory for shards (if not using R2)",
    )
    parser.add_argument("--r2_bucket", default=os.getenv("R2_DATASET_BUCKET_NAME"), help="R2 bucket name")
    parser.add_argument("--r2_prefix", default="remote/tokenized/", help="R2 prefix for shards")
    parser.add_argument("--r2_endpoint_url", default=os.getenv("R2_DATASET_ACCOUNT_ID"))
    parser.add_argument("--r2_access_key_id", default=os.getenv("R2_DATASET_WRITE_ACCESS_KEY_ID"))
    parser.add_argument("--r2_secret_access_key", default=os.getenv("R2_DATASET_WRITE_SECRET_ACCESS_KEY"))
    parser.add_argument("--shard_size", type=int, default=100 * (1024**3))
    parser.add_argument("--total_tokens", type=int, default=1000 * (1024**3))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--buffer_size", type=int, default=10000)
    parser.add_argument("--num_proc", type=int, default=-1)
    parser.add_argument("--chunk_size", type=int, default=256)
    args = parser.parse_args()
    if not args.r2_bucket:
        args.output_dir = os.path.expanduser(args.output_dir)
    main(args)
