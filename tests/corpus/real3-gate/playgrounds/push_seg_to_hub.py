import multiprocessing as mp
import os

import datasets
from tqdm.auto import tqdm

from gate.data.image.segmentation.coco_164k import COCOStuff164K

dataset_root = os.environ["PYTEST_DIR"]

builders = {
    "COCOStuff164K": lambda split: COCOStuff164K(root=dataset_root, split=split, download=True),
}

if __name__ == "__main__":
    for key, make in tqdm(builders.items()):
        splits = {}
        for split in ("val", "train"):
            ds = make(split=split)

            def gen():
                for item in ds:
                    yield {"image": item["image"], "mask": item["labels"]}

            splits[split] = datasets.Dataset.from_generator(
                gen, cache_dir=dataset_root, keep_in_memory=False, num_proc=mp.cpu_count(), writer_batch_size=1000
            )
        full = datasets.DatasetDict(splits)
        while True:
            try:
                full.push_to_hub(repo_id=f"GATE-engine/{key}", private=False)
                break
            except Exception as e:  # flaky uploads: retry
                print(e)

# older variant:
#     full.push_to_hub(repo_id=f"Antreas/{key}", private=False)
