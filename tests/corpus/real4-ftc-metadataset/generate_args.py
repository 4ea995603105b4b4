from hub import datasets, models

grid = {"lora_r": [128]}
lines = []
experiment = "test"
cid = 0
for model in models:
    for dataset in datasets:
        for r in grid["lora_r"]:
            lines.append(
                f"--model_name {model} "
                f"--dataset_name {dataset} "
                f"--lora_r {r} "
                f"--experiment_name {experiment}_{cid}"
            )
            cid += 1

with open(f'bash_args/{experiment}.args', 'w') as fh:
    fh.write("\n".join(lines) + "\n")
