import argparse
import json

import evaluate
from bert_score import BERTScorer
from f1chexbert import F1CheXbert
from radgraph import F1RadGraph
from rouge import Rouge


def run(opts):
    with open(opts.ref_path) as fh:
        gold = json.load(fh)
    with open(opts.pred_path) as fh:
        preds = json.load(fh)

    hyps, refs = [], []
    for g, p in zip(gold, preds):
        first = p["retrieved_finding"][0]
        pieces = [" ".join(s.split()) for s in first.split(".") if s]
        if pieces:
            hyps.append(first)
            refs.append(g["finding"])
    assert len(hyps) == len(refs)
    print("test reports:", len(hyps))

    rg = F1RadGraph(reward_level=opts.radgraph_level)
    rg_score, *_ = rg(hyps=hyps, refs=refs)
    print("F1RadGraph:", rg_score)

    chex = F1CheXbert(device=opts.device)
    *_, report5 = chex(hyps=hyps, refs=refs)
    print("F1CheXpert:", report5["micro avg"]["f1-score"])

    rouge_scores = Rouge().get_scores(hyps, refs, avg=True)
    print("Rouge-L:", rouge_scores["rouge-l"]["f"])

    bleu = evaluate.load("bleu")
    out = bleu.compute(predictions=hyps, references=[[r] for r in refs])
    print("BLEU-4:", out["precisions"][3])

    scorer = BERTScorer(
        model_type=opts.bert_model,
        num_layers=5,
        batch_size=64,
        device=opts.device,
        lang="en",
        rescale_with_baseline=True,
    )
    _, _, f1 = scorer.score(cands=hyps, refs=refs)
    print("BERTScore:", f1.mean().item())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref_path", type=str, required=True, help="gold JSON")
    ap.add_argument("--pred_path", type=str, required=True, help="predictions JSON")
    ap.add_argument("--device", type=str, default="cuda")
    ap.add_argument("--radgraph_level", type=str, default="partial")
    ap.add_argument("--bert_model", type=str, default="distilbert-base-uncased", help="BERTScore backbone")
    run(ap.parse_args())
