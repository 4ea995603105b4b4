from transformers import AutoTokenizer


def load_tokenizer(model_version):
    return AutoTokenizer.from_pretrained(model_version)


def dataset_tokenizer(dataset, preprocess_function):
    return dataset.map(preprocess_function, batched=True, remove_columns=dataset["train"].column_names)


def squad_preprocess_function(tokenizer, examples):
    questions = [q.strip() for q in examples["question"]]
    enc = tokenizer(
        questions,
        examples["context"],
        max_length=384,
        truncation="only_second",
        return_offsets_mapping=True,
        padding="max_length",
    )
    offsets = enc.pop("offset_mapping")
    starts, ends = [], []
    for i, offset in enumerate(offsets):
        ans = examples["answers"][i]
        s_char = ans["answer_start"][0]
        e_char = s_char + len(ans["text"][0])
        seq = enc.sequence_ids(i)
        c0 = seq.index(1)
        c1 = len(seq) - 1 - seq[::-1].index(1)
        if offset[c0][0] > e_char or offset[c1][1] < s_char:
            starts.append(0)
            ends.append(0)
            continue
        j = c0
        while j <= c1 and offset[j][0] <= s_char:
            j += 1
        starts.append(j - 1)
        j = c1
        while j >= c0 and offset[j][1] >= e_char:
            j -= 1
        ends.append(j + 1)
    enc["start_positions"] = starts
    enc["end_positions"] = ends
    return enc
