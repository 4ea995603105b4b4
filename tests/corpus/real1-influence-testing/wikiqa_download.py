from datasets import load_dataset


def with_prompt(row):
    row["prompt"] = f"Question: {row['question']} Answer:"
    return row


ds = load_dataset('wiki_qa')

for name in ds.keys():
    ds[name] = ds[name].map(with_prompt)
    ds[name].save_to_disk(f'datasets/wikiqa_{name}.hf')
