# gsm8k.py
import random
import re

from datasets import load_dataset

from .exemplars import EXAMPLARS


class GSM8K:
    def __init__(self, split, include_answer=True, include_reasoning=True, few_shot=False, num_shots=8, seed=None, cot=False):
        self.split = split
        self.include_answer = include_answer
        self.include_reasoning = include_reasoning
        self.few_shot = few_shot
        self.num_shots = num_shots
        self.cot = cot
        if seed is not None:
            random.seed(seed)
        self.dataset = self.load_dataset()

    def format_example(self, question, solution, answer):
        example = f"Question: {question}\nSolution: "
        if self.cot:
            example += "Let's think step by step. "
        if solution is not None:
            solution = re.sub(r"<<.*?>>", "", ". ".join(solution.split("\n")))
            example += f"{solution}.\n"
        if answer is not None:
            example += f"#### The final answer is {answer}\n\n"
        return example

    def process_example(self, example, index):
        question, answer = example["question"], example["answer"]
        if "#### " in answer:
            reasoning, final_answer = (s.strip() for s in answer.split("#### ", 1))
        else:
            reasoning, final_answer = answer.strip(), ""
        if not self.include_answer:
            text = self.format_example(question, None, None)
        elif self.include_reasoning:
            text = self.format_example(question, reasoning, final_answer)
        else:
            text = self.format_example(question, None, final_answer)
        if self.few_shot:
            text = self.few_shot_prompt + text
        return {"prompt": text, "final_answer": final_answer, "question": question}

    def load_dataset(self):
        # GSM8K, requested split
        dataset = load_dataset('gsm8k', 'main', split=self.split)
        if self.few_shot:
            self.few_shot_prompt = "".join(
                self.format_example(q["question"], q["cot"], q["short_answer"])
                for q in random.sample(EXAMPLARS, self.num_shots)
            )
        return dataset.map(self.process_example, with_indices=True, load_from_cache_file=False)
