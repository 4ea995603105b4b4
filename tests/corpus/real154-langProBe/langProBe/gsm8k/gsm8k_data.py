from ..benchmark import Benchmark
import dspy

from datasets import load_dataset


class GSM8KBench(Benchmark):
    def init_dataset(self):
        test_rows = load_dataset("gsm8k", "main")["test"]
        self.dataset = [dspy.Example(**row).with_inputs("question") for row in test_rows]
