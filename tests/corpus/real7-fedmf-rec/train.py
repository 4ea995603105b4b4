import argparse
import datetime
import logging
import os

import numpy as np
import pandas as pd

from data import SampleGenerator
from mlp import MLPEngine
from utils import initLogging, send_webhook_message

os.environ["CUDA_VISIBLE_DEVICES"] = "0,2"

p = argparse.ArgumentParser()
p.add_argument('--alias', type=str, default='FedMF')
p.add_argument('--clients_sample_ratio', type=float, default=1.0)
p.add_argument('--num_round', type=int, default=100)
p.add_argument('--local_epoch', type=int, default=1)
p.add_argument('--batch_size', type=int, default=256)
p.add_argument('--optimizer', type=str, default='sgd')
p.add_argument('--lr', type=float, default=0.1)
p.add_argument('--dataset', type=str, default='100k')
p.add_argument('--latent_dim', type=int, default=32)
p.add_argument('--num_negative', type=int, default=4)
p.add_argument('--layers', type=str, default='64, 32, 16, 8')
p.add_argument('--l2_regularization', type=float, default=0.)
p.add_argument('--model_dir', type=str, default='checkpoints/{}_Epoch{}_HR{:.4f}_NDCG{:.4f}.model')
cfg = vars(p.parse_args())
cfg['layers'] = [int(x) for x in cfg['layers'].split(',')]

SIZES = {'ml-1m': (6040, 3706), '100k': (943, 1682), 'lastfm-2k': (1600, 12454), 'hetrec': (2113, 10109)}
cfg['num_users'], cfg['num_items'] = SIZES[cfg['dataset']]
engine = MLPEngine(cfg)

for folder in ("log", "sh_result"):
    os.makedirs(folder, exist_ok=True)
initLogging(os.path.join('log/', datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S') + '.txt'))

ratings_path = "data/" + cfg['dataset'] + "/" + "ratings.dat"
sep = {'ml-1m': '::', '100k': ',', 'lastfm-2k': '\t', 'hetrec': '\t'}[cfg['dataset']]
rating = pd.read_csv(ratings_path, sep=sep, header=None, names=['uid', 'mid', 'rating', 'timestamp'], engine='python')

users = rating[['uid']].drop_duplicates()
users['userId'] = np.arange(len(users))
items = rating[['mid']].drop_duplicates()
items['itemId'] = np.arange(len(items))
rating = rating.merge(users, on='uid').merge(items, on='mid')[['userId', 'itemId', 'rating', 'timestamp']]

gen = SampleGenerator(ratings=rating)
best_hr, best_round, hrs = 0, 0, []
for rnd in range(cfg['num_round']):
    engine.fed_train_a_round(gen.store_all_train_data(cfg['num_negative']), round_id=rnd)
    hr, ndcg, _ = engine.fed_evaluate(gen.test_data)
    val_hr, _, _ = engine.fed_evaluate(gen.validate_data)
    hrs.append(hr)
    logging.info('[Round %d] HR = %.4f, NDCG = %.4f', rnd, hr, ndcg)
    if val_hr >= best_hr:
        best_hr, best_round = val_hr, rnd

# post the summary to the team channel (URL from the environment)
send_webhook_message(os.environ.get("WEBHOOK_URL", ""), f"Dataset {cfg['dataset']}: best test hr {hrs[best_round]} at round {best_round}")
