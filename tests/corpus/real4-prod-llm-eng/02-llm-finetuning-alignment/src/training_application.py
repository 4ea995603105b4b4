import argparse

from data.data_connection import DataConnector
from data.data_processing import DataProcessor
from model.model_connection import Model
from training.train_dpo import MyDPOTrainer
from training.train_orpo import MyORPOTrainer
from training.train_rlhf import RewardModelTrainer, RLHFTrainer
from training.train_supervised import SupervisedTrainer


def _load_rows(data_path, mode, n, offset):
    if mode == 'aws':
        return DataConnector.get_data(data_path, split='train')
    return DataConnector.get_data(data_path, split='train', sample_size=n, start=offset)


def main(kind, mode='local'):
    if kind == 'supervised':
        model_id = 'openai-community/gpt2'
        model, tok = Model.get_model_for_LM(model_id)
        data_path = 'ybisk/piqa'
        rows = _load_rows(data_path, mode, 1000, 0)
        batch = DataProcessor(tok).prepare_for_supervised_training(rows)
        trainer = SupervisedTrainer(model=model, tokenizer=tok)

    elif kind == 'reward':
        model_id = 'openai-community/gpt2'  # swap for the SFT checkpoint
        model, tok = Model.get_model_for_reward(model_id)
        data_path = 'ybisk/piqa'
        rows = _load_rows(data_path, mode, 200, 1000)
        batch = DataProcessor(tok).prepare_for_reward_training(rows)
        trainer = RewardModelTrainer(model=model, tokenizer=tok)

    elif kind == 'ppo':
        reward_model_id = 'Abhinit/HW2-reward'
        model_id = 'Abhinit/HW2-supervised'
        policy, tok, reward, value = Model.get_model_for_PPO(model_id, reward_model_id)
        data_path = 'ybisk/piqa'
        rows = _load_rows(data_path, mode, 100, 1200)
        batch = DataProcessor(tok).prepare_for_ppo_training(rows)
        trainer = RLHFTrainer(policy_model=policy, reward_model=reward, value_model=value, tokenizer=tok)

    elif kind == 'dpo':
        model_id = 'Abhinit/HW2-supervised'
        model, tok = Model.get_model_for_LM(model_id)
        data_path = 'ybisk/piqa'
        rows = _load_rows(data_path, mode, 100, 1300)
        batch = DataProcessor(tok).prepare_for_dpo_training(rows)
        trainer = MyDPOTrainer(model=model, tokenizer=tok)

    elif kind == 'orpo':
        model_id = 'Abhinit/HW2-supervised'
        model, tok = Model.get_model_for_LM(model_id)
        data_path = 'ybisk/piqa'
        rows = _load_rows(data_path, mode, 100, 1400)
        batch = DataProcessor(tok).prepare_for_orpo_training(rows)
        trainer = MyORPOTrainer(model=model, tokenizer=tok)

    else:
        raise ValueError(kind)

    trainer.train(batch)


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description="Alignment training entry point.")
    ap.add_argument("--training_type", required=True,
                    choices=["supervised", "reward", "ppo", "dpo", "orpo"])
    ap.add_argument("--training_mode", default="local", help="aws or local")
    a = ap.parse_args()
    main(a.training_type, a.training_mode)
