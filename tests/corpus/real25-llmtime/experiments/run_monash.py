import os
import pickle

import numpy as np
import openai

from data.monash import get_datasets
from data.serialize import SerializerSettings
from models.llmtime import get_llmtime_predictions_data
from models.utils import grid_iter
from models.validation_likelihood_tuning import get_autotuned_predictions_data
# openai.api_key = os.environ['OPENAI_API_KEY']

gpt3_hypers = dict(
    temp=0.7,
    alpha=0.9,
    beta=0,
    basic=False,
    settings=SerializerSettings(base=10, prec=3, signed=True, half_bin_correction=True),
)

llama_hypers = dict(
    temp=1.0,
    alpha=0.99,
    beta=0,
    basic=False,
    settings=SerializerSettings(base=10, prec=3, signed=True, half_bin_correction=True),
)

model_hypers = {
    'text-davinci-003': {'model': 'text-davinci-003', **gpt3_hypers},
    'llama-7b': {'model': 'llama-7b', **llama_hypers},
    'llama-70b': {'model': 'llama-70b', **llama_hypers},
}

model_predict_fns = {
    'text-davinci-003': get_llmtime_predictions_data,
    'llama-7b': get_llmtime_predictions_data,
    'llama-70b': get_llmtime_predictions_data,
}


def is_gpt(model):
    return any([x in model for x in ['ada', 'babbage', 'curie', 'davinci', 'text-davinci-003', 'gpt-4']])


output_dir = 'outputs/monash'
os.makedirs(output_dir, exist_ok=True)

models_to_run = [
    # 'text-davinci-003',
    'llama-7b',
    # 'llama-70b',
]
datasets_to_run = [
    "covid_deaths", "solar_weekly", "tourism_monthly", "australian_electricity_demand", "pedestrian_counts",
    "traffic_hourly", "hospital", "fred_md", "tourism_yearly", "tourism_quarterly", "us_births",
]

max_history_len = 500
datasets = get_datasets()
for dsname in datasets_to_run:
    train, test = datasets[dsname]
    train = [x[-max_history_len:] for x in train]
    out_path = f'{output_dir}/{dsname}.pkl'
    out_dict = pickle.load(open(out_path, 'rb')) if os.path.exists(out_path) else {}
    for model in models_to_run:
        if model in out_dict:
            continue
        hypers = list(grid_iter(model_hypers[model]))
        try:
            preds = get_autotuned_predictions_data(train, test, hypers, 5, model_predict_fns[model],
                                                   verbose=False, parallel=is_gpt(model))
            preds['mae'] = np.mean(np.abs(preds['median'] - np.array(test)))
            out_dict[model] = preds
        except Exception as e:
            print(f"Failed {dsname} {model}: {e}")
            continue
        with open(out_path, 'wb') as f:
            pickle.dump(out_dict, f)
