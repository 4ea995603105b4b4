import argparse
import warnings
from pathlib import Path

import mteb
import torch
from sentence_transformers import SentenceTransformer


def main(args):
    model_name = args.model_name
    if model_name.endswith(".ckpt"):
        checkpoint = torch.load(model_name)
        weights = {k.removeprefix("student_model."): v for k, v in checkpoint["state_dict"].items()
                   if k.startswith("student_model.")}
        model = SentenceTransformer(checkpoint["student_model_name"])
        model.load_state_dict(weights)
        model.eval().bfloat16()
        output_folder = Path(model_name).parent.parent
    else:
        # load the SentenceTransformer model directly
        model = SentenceTransformer(model_name)
        output_folder = Path("output") / model_name.replace("/", "_")
    evaluation = mteb.MTEB(tasks=["AmazonCounterfactualClassification",
                                  # "LivedoorNewsClustering.v2",
                                  "NLPJournalAbsIntroRetrieval",
                                  "JSICK",
                                  "JSTS"],
                           task_langs=["jpn"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scores = evaluation.run(model, output_folder=output_folder, batch_size=args.batch_size,
                                num_workers=args.num_workers, trust_remote_code=True, verbosity=0)
    results = {score.task_name: score.get_score() for score in scores}
    with open(output_folder / "scores.txt", "w") as f:
        f.write("|" + "|".join(results) + "|\n|" + "|".join(str(v) for v in results.values()) + "|")
    print(f"Scores saved to {output_folder / 'scores.txt'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run MTEB evaluation on a model.")
    parser.add_argument("--model_name", type=str, default="cl-nagoya/ruri-v3-pt-30m", help="Name of the model to evaluate.")
    parser.add_argument("--batch_size", type=int, default=8)
    parser.add_argument("--num_workers", type=int, default=4)
    main(parser.parse_args())
