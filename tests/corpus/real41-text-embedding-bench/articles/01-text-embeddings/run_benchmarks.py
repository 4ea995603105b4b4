import os

import yaml
from mteb import MTEB
from sentence_transformers import SentenceTransformer

with open("benchmark_config.yaml", "r") as f:
    config = yaml.safe_load(f)

output_dir = "results/raw"

for model_info in config["models"]:
    model_name = model_info["name"]
    model_path = model_info["path"]
    print(f"Evaluating {model_name}...")

    # some models need their own modelling code
    model = SentenceTransformer(model_path, trust_remote_code=True)

    evaluation = MTEB(tasks=config["tasks"])
    evaluation.run(
        model,
        output_folder=os.path.join(output_dir, model_name.replace("/", "_")),
        verbosity=2,
    )
    print(f"Done with {model_name}\n")

print("All benchmarks completed.")
