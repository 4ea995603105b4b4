#!/usr/bin/env python3
"""Single- or multi-task classification with a pre-trained transformer decoder and
Pfeiffer adapters."""

import argparse
import os.path

from pandas import read_csv
from pytorch_lightning import Trainer
from pytorch_lightning.loggers import CSVLogger
from transformers import GPT2Config, PfeifferConfig

import smiles_gpt as gpt


def main(options: argparse.Namespace):
    model_config = GPT2Config.from_pretrained(options.checkpoint)
    model_config.num_tasks = len(options.tasks)

    tokenizer_file = os.path.join(options.checkpoint, "tokenizer.json")
    tokenizer = gpt.SMILESBPETokenizer.get_hf_tokenizer(tokenizer_file, model_max_length=model_config.n_positions)
    model_config.pad_token_id = tokenizer.pad_token_id
    model = gpt.GPT2ForSequenceClassification.from_pretrained(options.checkpoint, config=model_config)

    if options.tl_strat == "adapters":
        adapter_config = PfeifferConfig(
            mh_adapter=False,
            output_adapter=True,
            reduction_factor=options.reduction_factor,
            non_linearity=options.adapter_act,
            init_weights="bert",
        )
        adapter_name = os.path.splitext(options.csv)[0]
        model.add_adapter(adapter_name, config=adapter_config)
        model.train_adapter(adapter_name)

    data_module = gpt.CSVDataModule(read_csv(options.csv), tokenizer, target_column=options.tasks,
                                    batch_size=options.batch_size)
    logger = CSVLogger("logs", name=f'{options.csv.split(".")[0]}-{options.tl_strat}')
    trainer = Trainer(logger=logger, max_epochs=options.max_epochs)
    lit_model = gpt.ClassifierLitModel(model, num_tasks=len(options.tasks), batch_size=options.batch_size)
    trainer.fit(lit_model, datamodule=data_module)
    return trainer.test(lit_model, dataloaders=data_module.test_dataloader())


def process_options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Classification with pre-trained transformer decoder and adapters.")
    parser.add_argument("checkpoint", help="Directory with the HuggingFace configuration and `tokenizer.json`.")
    parser.add_argument("csv", help="CSV file with SMILES entries and task labels")
    parser.add_argument("tasks", help="Task names", nargs="+")
    parser.add_argument("-e", "--max_epochs", type=int, default=30)
    parser.add_argument("-b", "--batch_size", type=int, default=64)
    parser.add_argument("-f", "--tl_strat", choices=("adapters", "freeze", "update"), default="adapters")
    parser.add_argument("-r", "--reduction_factor", type=int, default=18)
    parser.add_argument("-u", "--adapter_act", choices=("swish", "relu", "gelu", "tanh"), default="gelu")
    return parser.parse_args()


if __name__ == "__main__":
    print(main(process_options()))
