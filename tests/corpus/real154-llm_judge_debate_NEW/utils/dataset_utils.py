import random


def parse_gpqa_item(item):
    choices = [item.get('Correct Answer'), item.get('Incorrect Answer 1'),
               item.get('Incorrect Answer 2'), item.get('Incorrect Answer 3')]
    choices = [c.strip() for c in choices if c is not None]
    correct = item.get('Correct Answer')
    return item.get('Question'), (correct.strip() if correct else None), choices


def parse_mmlu_pro_item(item):
    choices = [o.strip() for o in item.get('options', []) if o]
    idx = item.get('answer_index')
    correct = choices[idx] if idx is not None and idx < len(choices) else None
    return item.get('question'), correct, choices


def select_questions_and_options(dataset_name, dataset, num_questions, num_choices, seed, specific_idxs=None):
    if specific_idxs is not None:
        indices = specific_idxs
    else:
        indices = random.Random(seed).sample(range(len(dataset)), min(num_questions, len(dataset)))

    out = []
    for idx in indices:
        item = dataset[idx]
        if dataset_name == "Idavidrein/gpqa":
            question, correct, choices = parse_gpqa_item(item)
        elif dataset_name == "TIGER-Lab/MMLU-Pro":
            question, correct, choices = parse_mmlu_pro_item(item)
        else:
            raise ValueError(f"dataset not supported: {dataset_name}")

        rng = random.Random(idx)
        if len(choices) >= num_choices:
            wrong = [c for c in choices if c != correct]
            picked = [correct] + rng.sample(wrong, num_choices - 1)
        else:
            picked = choices
        rng.shuffle(picked)
        out.append({'question': question, 'options': picked,
                    'correct_idx': picked.index(correct), 'original_idx': idx})
    return out


def format_options(options):
    return "\n".join(f"{i}. {o}" for i, o in enumerate(options))
