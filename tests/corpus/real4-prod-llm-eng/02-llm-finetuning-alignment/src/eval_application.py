import argparse

from evaluation.evaluate import Evaluator

VARIANTS = ["base", "supervised", "ppo", "dpo", "orpo"]


def evaluate(variant):
    if variant == 'base':
        Evaluator.run(
            model_id='openai-community/gpt2',
            result_file='baseline_results.jsonl',
        )
    elif variant == 'supervised':
        Evaluator.run(
            model_id='Abhinit/HW2-supervised',
            result_file='supervised_results.jsonl',
        )
    elif variant == 'ppo':
        Evaluator.run(model_id='Abhinit/HW2-ppo', result_file='ppo_results.jsonl')
    elif variant == 'dpo':
        Evaluator.run(model_id='Abhinit/HW2-dpo', result_file='dpo_results.jsonl')
    elif variant == 'orpo':
        Evaluator.run(model_id='Abhinit/HW2-orpo', result_file='orpo_results.jsonl')
    else:
        raise ValueError(variant)


if __name__ == '__main__':
    p = argparse.ArgumentParser(description="Evaluate one model variant.")
    p.add_argument("--training_type", required=True, choices=VARIANTS)
    evaluate(p.parse_args().training_type)
