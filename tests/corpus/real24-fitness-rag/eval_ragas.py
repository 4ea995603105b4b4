from datasets import load_dataset
from ragas.evaluation import evaluate
from ragas.metrics import answer_relevancy, faithfulness

# Load the eval dataset
dataset = load_dataset("json", data_files="eval_dataset.json", split="train")

# Evaluate with RAGAS metrics
results = evaluate(
    dataset,
    metrics=[
        faithfulness,
        answer_relevancy,
    ],
)

print("📊 Evaluation Results:")
print(results)
