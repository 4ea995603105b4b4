"""
HumanEval: Hand-Written Evaluation Set

Mark Chen, Jerry Tworek, Heewoo Jun, Qiming Yuan, et al.
https://arxiv.org/pdf/2107.03374

Based on: https://github.com/openai/simple-evals/blob/main/humaneval_eval.py
"""

import re

from inspect_ai import Epochs, Task, task
from inspect_ai.dataset import Sample, hf_dataset
from inspect_ai.scorer import CORRECT, INCORRECT, Score, Scorer, Target, mean, scorer, std
from inspect_ai.solver import TaskState, generate
from inspect_ai.util import ExecResult, sandbox

# repeat each problem n times
NUM_EPOCHS = 5

# timeout for verification/scoring
VERIFY_TIMEOUT = 30

INSTRUCTION = """
Read the following function signature and docstring, and fully implement
the function described. Your response should only contain the code for
this function.\n
"""


@task
def humaneval():
    return Task(
        dataset=hf_dataset(
            path="openai_humaneval", split="test", sample_fields=record_to_sample
        ),
        epochs=Epochs(NUM_EPOCHS, ["mean", "pass_at_1", "pass_at_2", "pass_at_5"]),
        plan=[generate()],
        scorer=verify(),
        sandbox="docker",
    )


@scorer(metrics=[mean(), std()])
def verify() -> Scorer:
    async def score(state: TaskState, target: Target) -> Score:
        answer = find_code(state.output.completion)
        code = [state.metadata["prompt"], answer, "\n", state.metadata["test"], "\n",
                "check(" + state.metadata["entry_point"] + ")"]
        try:
            result = await sandbox().exec(cmd=["python", "-c", "".join(code)], timeout=VERIFY_TIMEOUT)
        except TimeoutError:
            result = ExecResult(False, 1, "", "Verification timed out.")
        return Score(value=CORRECT if result.success else INCORRECT, answer=answer)

    return score


def find_code(completion: str) -> str:
    matches = re.compile(r"```python\n(.*?)```", re.DOTALL).findall(completion)
    extracted = matches[0] if matches else completion
    return extracted[extracted.find(":\n    ") + 2 :]


def record_to_sample(record):
    return Sample(
        id=record["task_id"],
        input=INSTRUCTION + record["prompt"],
        target=record["canonical_solution"],
        metadata={"prompt": record["prompt"], "test": record["test"], "entry_point": record["entry_point"]},
    )
