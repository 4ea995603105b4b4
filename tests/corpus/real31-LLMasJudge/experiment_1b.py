import argparse
import asyncio
import json
from pathlib import Path

from tqdm import tqdm

from core import evaluate_all_responses


async def run_experiment(num_trials: int = 10, scale: int = 10, cutoff: int = 80):
    """
    Experiment 1b: model size vs judgment variance across temperatures.

    Uses GPT-3.5-turbo, GPT-4o-mini and GPT-4o to score GPT-4 responses at
    temperatures from 0.0 to 1.0 and compares the variance of their scores.
    """
    results_dir = Path("results")
    results_dir.mkdir(exist_ok=True)
    exp_dir = results_dir / "exp1b"
    exp_dir.mkdir(exist_ok=True)

    judge_models = ["gpt-3.5-turbo", "gpt-4o-mini", "gpt-4o"]
    temperatures = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    all_results = {"experiment": "1b", "parameters": {"scale": scale, "num_trials": num_trials, "cutoff": cutoff}, "results": {}}

    for temp in tqdm(temperatures, desc="Testing temperatures"):
        temp_results = {}
        for judge in tqdm(judge_models, desc="Testing models", leave=False):
            try:
                variances = await evaluate_all_responses(
                    judge, scale=scale, num_trials=num_trials, temperature=temp,
                    cutoff=cutoff, example_folder=exp_dir / "examples",
                )
                avg_variance = sum(variances) / len(variances)
                temp_results[judge] = {"individual_variances": variances, "average_variance": avg_variance}
                model_file = exp_dir / f"{judge.replace('-', '_')}_temp_{str(temp).replace('.', '_')}.json"
                with open(model_file, 'w') as f:
                    json.dump({"judge_model": judge, "temperature": temp, "average_variance": avg_variance}, f, indent=2)
            except Exception as e:
                print(f"\nError evaluating with {judge} at temperature {temp}: {str(e)}")
                temp_results[judge] = {"error": str(e)}
        all_results["results"][str(temp)] = temp_results

    with open(exp_dir / "combined_results.json", 'w') as f:
        json.dump(all_results, f, indent=2)


def main():
    parser = argparse.ArgumentParser(description='Run experiment 1b: Testing model size vs judgment variance')
    parser.add_argument('--num-trials', type=int, default=10)
    parser.add_argument('--scale', type=int, default=10)
    parser.add_argument('--cutoff', type=int, default=80)
    args = parser.parse_args()
    asyncio.run(run_experiment(num_trials=args.num_trials, scale=args.scale, cutoff=args.cutoff))


if __name__ == "__main__":
    main()
