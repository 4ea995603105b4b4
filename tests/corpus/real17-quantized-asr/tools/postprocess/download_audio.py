import argparse
import json
from pathlib import Path

import soundfile as sf
from datasets import load_dataset


def fetch_one(dataset_path, subset, split, audio_id, out_path=None, streaming=False):
    """Save one sample of a Hub audio dataset as WAV.

    dataset_path: dataset repo on the Hub (e.g. 'mozilla-foundation/common_voice_11_0')
    subset: config name (e.g. 'en'); audio_id: 'sample_<index>' as written in the results JSONL
    """
    print(f"Loading {dataset_path}/{subset} split={split}")
    ds = load_dataset(dataset_path, subset, split=split, streaming=streaming)
    idx = int(audio_id.split('_')[1]) if audio_id.startswith('sample_') else int(audio_id)
    if streaming:
        sample = next(s for i, s in enumerate(ds) if i == idx)
    else:
        sample = ds[idx]
    out = Path(out_path or f"{audio_id}.wav")
    out.parent.mkdir(parents=True, exist_ok=True)
    sf.write(out, sample['audio']['array'], sample['audio']['sampling_rate'])
    print(f"Audio saved to: {out}")


def fetch_from_jsonl(jsonl_path, dataset_path, subset, split, out_folder='audio_samples', limit=None):
    with open(jsonl_path, 'r', encoding='utf-8') as fh:
        rows = [json.loads(line) for line in fh]
    for row in rows[:limit] if limit else rows:
        try:
            fetch_one(dataset_path, subset, split, row['audio_filepath'],
                      out_path=str(Path(out_folder) / f"{row['audio_filepath']}.wav"))
        except Exception as exc:
            print(f"Error downloading {row['audio_filepath']}: {exc}")


def main():
    ap = argparse.ArgumentParser(description='Download audio files from a Hugging Face dataset')
    ap.add_argument('--dataset_path', type=str, required=True, help='Hugging Face dataset path')
    ap.add_argument('--dataset', type=str, default=None, help='config name')
    ap.add_argument('--split', type=str, default='test')
    ap.add_argument('--audio_filepath', type=str)
    ap.add_argument('--jsonl_file', type=str)
    ap.add_argument('--output_folder', type=str, default='audio_samples')
    ap.add_argument('--max_samples', type=int, default=None)
    ap.add_argument('--streaming', action='store_true')
    a = ap.parse_args()
    if a.jsonl_file:
        fetch_from_jsonl(a.jsonl_file, a.dataset_path, a.dataset, a.split, a.output_folder, a.max_samples)
    elif a.audio_filepath:
        fetch_one(a.dataset_path, a.dataset, a.split, a.audio_filepath, streaming=a.streaming)
    else:
        ap.error("Must specify either --audio_filepath or --jsonl_file")


if __name__ == '__main__':
    main()
