def load_data():
    return load_dataset(
        (
            config.INSTRUCT_DATASET
            if config.INSTRUCT_FINETUNE_BOOL
            else config.INPUT_DATASET
        ),
        split="train",
        streaming=True,
        download_config=download_config,
    )


def load_full_dataset():
    return load_dataset(
        config.INPUT_DATASET,
        split="train",
        streaming=True,
        download_config=download_config,
    )


def format_prompts(examples, tokenizer, isinst):
    custom_processor = config.get_custom_processor()

    def process_text(text):
        if not text or len(text.strip()) == 0:
            return None
        try:
            return custom_processor(text, tokenizer, isinst)
        except Exception as e:
            print(f"Custom processor error: {e}")
            return None

    texts = [
        t for t in (process_text(text) for text in examples["text"]) if t is not None
    ]

    if len(texts) == 0:
        raise ValueError("No valid texts found in examples for formatting.")

    return {"text": texts}


def create_tokenizer(training_corpus):
    tokenizer = ByteLevelBPETokenizer()
    special_tokens = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    tokenizer.train_from_iterator(
        training_corpus,
        vocab_size=config.VOCAB_SIZE,
        min_frequency=2,
        special_tokens=special_tokens,
    )
    fast_tokenizer = PreTrainedTokenizerFast(tokenizer_object=tokenizer._tokenizer)
    return fast_tokenizer


def load_tokenizer():
    def do_load():
        if config.INPUT_TOKENIZER != config.INPUT_REPO and not config.RESUME:
            return AutoTokenizer.from_pretrained(config.INPUT_TOKENIZER)
        return AutoTokenizer.from_pretrained(
            config.INPUT_REPO + f"-{config.INST_SUFFIX}"
            if config.INSTRUCT_FINETUNE_BOOL and config.RESUME
            else config.INPUT_REPO
        )

    return retry_on_failure(do_load)


def get_training_corpus(dataset):
    buffer = []
    for i, example in enumerate(dataset):
        if example["text"] and len(example["text"].strip()) > 0:
            buffer.append(example["text"])
            if len(buffer) >= 1000:
                yield buffer
                buffer = []
    if buffer:
        yield buffer
