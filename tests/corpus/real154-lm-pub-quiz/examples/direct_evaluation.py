from lm_pub_quiz import Dataset, Evaluator

# the BEAR probe set
dataset = Dataset.from_name("BEAR")

# causal LM under test
evaluator = Evaluator.from_model(
    "gpt2",
    model_type="CLM",
)

# score every relation and write the results
evaluator.evaluate_dataset(
    dataset,
    save_path="gp2_results",
    batch_size=32,
)
