import os
import json
from pathlib import Path

from easydict import EasyDict as edict
from termcolor import colored


def makedir(dir, make_if_exist=False, makedir=True):
    name = dir.split('/')[-1]
    parent = "/".join(dir.split("/")[:-1])
    similar = [d if d != name else d + "_0" for d in os.listdir(parent) if name in d]
    if not makedir:
        return dir + "_0" if not similar else os.path.join(parent, sorted(similar)[-1])
    if not similar:
        os.mkdir(os.path.join(parent, name + "_0"))
        return os.path.join(parent, name + "_0")
    if not make_if_exist:
        print("directory already exist")
        exit(0)
    nb = int(sorted(similar, key=lambda x: int(x.split("_")[-1]))[-1].split("_")[-1]) + 1
    os.mkdir(os.path.join(parent, f"{name}_{nb}"))
    return os.path.join(parent, f"{name}_{nb}")


def get_config(train=True):
    C = edict()
    config = C
    C.seed = 42
    C.log_dir = "./log/phobert_bio"
    if not os.path.exists(C.log_dir) and train:
        Path(C.log_dir).mkdir(parents=True, exist_ok=True)

    '''PATH CONFIG'''
    C.data_train_card = "data/data_bio/processed_train"
    # C.data_val_card = "data/data_bio/processed_val"
    C.data_val_card = None
    C.name = "phobert"
    C.snapshot_dir = makedir(os.path.join(C.log_dir, C.name), makedir=train, make_if_exist=True)

    '''DATA CONFIG'''
    C.max_seq_length = 60  # 50 for phobert
    C.slot_mapping = {'B_command': 0, 'B_device': 1, 'B_location': 2, 'I_command': 3,
                      'I_device': 4, 'I_location': 5, 'O': 6}

    '''MODEL CONFIG'''
    C.model_card = "vinai/phobert-base-v2"
    # C.model_card = "Fsoft-AIC/videberta-base"
    C.num_intent_classes = 15
    C.num_slot_classes = len(C.slot_mapping)
    C.use_crf = True
    C.drop_out = 0.1

    '''TRAINER CONFIG'''
    C.train_batch_size = 64
    C.epochs = 10
    C.lr = 1e-5
    C.device = "cuda:0"

    if train:
        with open(os.path.join(C.snapshot_dir, 'config.json'), 'w') as f:
            json.dump(config, f, indent=4)
    print(colored(C.snapshot_dir, 'red'))
    return config
