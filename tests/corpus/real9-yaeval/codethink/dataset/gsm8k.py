import re
from functools import partial

try:
    from codethink.dataset.data import TransformedDataset
except ImportError:
    from data import TransformedDataset

FEWSHOT = """\
Question:\nA shelf holds 12 books and 7 more are added. How many books are on the shelf?
Answer:\n12 + 7 = 19. #### 19.

Question:\nTom had 30 marbles and gave away 11. How many are left?
Answer:\n30 - 11 = 19. #### 19.

Question:\nA box has 4 rows of 6 eggs. How many eggs are there?
Answer:\
"""


def fewshot_input(x):
    return FEWSHOT


def fewshot_output(x):
    return "4 rows of 6 eggs is 4 x 6 = 24. #### 24."


def gsm8k_input(x):
    return "Question: " + x["question"] + "\nAnswer:"


def gsm8k_output(x):
    tail = x["answer"].split("#### ")[-1]
    return re.findall(r"\d+", tail)[0]


def gsm8k_eval(prediction, ground_truth):
    try:
        return int(abs(float(str(prediction).replace(",", "")) - float(ground_truth)) < 1e-3)
    except Exception as err:
        print("Exception:", err)
        return 0


GSM8KDataset = partial(
    TransformedDataset,
    data_path="gsm8k",
    data_name="main",
    input_text=gsm8k_input,
    output_text=gsm8k_output,
    fewshot_input_text=fewshot_input,
    fewshot_output_text=fewshot_output,
    eval=gsm8k_eval,
    test_split="test",
    fewshot_split="train",
)

if __name__ == "__main__":
    ds = GSM8KDataset(num_fewshot=3, sampler=None)
    prompt, target = ds.__getitem__(0)
    print(prompt)
    print(target)
