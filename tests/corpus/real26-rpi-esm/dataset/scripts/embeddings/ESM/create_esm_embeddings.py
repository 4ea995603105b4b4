import torch
import esm
from time import time
from statistics import mean
import click
import numpy
import pandas as pd
from more_itertools import divide

"""
Create ESM embeddings for proteins. Can run as a SLURM array job:
pass SLURM_ARRAY_TASK_ID to --task-id and SLURM_ARRAY_TASK_MAX to --max-task-id.
Recommended pre-trained model: esm2_t30_150M_UR50D ==> --repr-layer=30
(see https://github.com/facebookresearch/esm#available-models-and-datasets-)
"""


@click.command()
@click.option('--enable-cuda', default=True)
@click.option('--model-name')
@click.option('--protein-path')
@click.option('--repr-layer', type=int)
@click.option('--max-task-id', default=0)
@click.option('--task-id', default=0)
@click.option('--save-dir', default="results")
def main(enable_cuda, model_name, protein_path, max_task_id, task_id, repr_layer, save_dir):
    proteins_df = pd.read_parquet(protein_path, engine='pyarrow')
    data = proteins_df.iloc[[list(c) for c in divide(max_task_id + 1, range(proteins_df.shape[0]))][task_id]].to_dict('records')
    print(f"Model name: {model_name}")

    # Load ESM-2 model
    # model, alphabet = esm.pretrained.esm2_t33_650M_UR50D()
    model, alphabet = esm.pretrained.load_model_and_alphabet_local(f"models/{model_name}.pt")
    batch_converter = alphabet.get_batch_converter()
    model.eval()
    if enable_cuda:
        model.cuda()

    timings = []
    for protein in data:
        start = time()
        seq = [(protein['Sequence_2_ID_Unique'], protein['Sequence_2'].upper())]
        _, _, batch_tokens = batch_converter(seq)
        batch_lens = (batch_tokens != alphabet.padding_idx).sum(1)
        if enable_cuda:
            batch_tokens = batch_tokens.to(device='cuda')
        with torch.no_grad():
            results = model(batch_tokens, repr_layers=[repr_layer], return_contacts=True)
        reps = results["representations"][repr_layer].cpu()
        for i, tokens_len in enumerate(batch_lens):
            numpy.save(f"{save_dir}/{protein['Sequence_2_ID_Unique']}", reps[i, 1: tokens_len - 1].float())
        timings.append(time() - start)

    print(f"Average time per protein embedding extraction: {round(mean(timings), 4)}")


if __name__ == '__main__':
    main()
