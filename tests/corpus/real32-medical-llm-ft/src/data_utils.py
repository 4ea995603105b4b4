from datasets import load_dataset

SYSTEM_MSG = "You are an AI assistant with a PhD in clinical medicine. Answer with evidence-based medicine."


def load_and_process_data(dataset_name="qiaojin/PubMedQA", test_size=0.1):
    dataset = load_dataset(dataset_name, "pqa_labeled")
    dataset = dataset["train"].train_test_split(test_size=test_size, seed=42)

    def format_instruction(example):
        user_input = (
            f"Question: {example['question']}\n"
            "Analyse the key evidence first, explain step by step, then conclude with 'Conclusion:'"
        )
        assistant_response = (
            f"Final Decision: {example['final_decision']}\n"
            f"Long Answer:{example['long_answer']}"
        )
        return {
            "text": (
                f"<|begin_of_text|>"
                f"<|start_header_id|>system<|end_header_id|>\n{SYSTEM_MSG}<|eot_id|>\n"
                f"<|start_header_id|>user<|end_header_id|>\n{user_input}<|eot_id|>\n"
                f"<|start_header_id|>assistant<|end_header_id|>\n{assistant_response}<|eot_id|>\n"
            )
        }

    return dataset.map(
        format_instruction,
        remove_columns=["pubid", "context", "question", "long_answer", "final_decision"]
    )
