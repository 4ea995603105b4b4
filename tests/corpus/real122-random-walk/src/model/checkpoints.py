# huggingface checkpoints
HF_CHECKPOINTS = [
    # text transformers
    'bert-base-uncased',
    'bert-large-uncased',
    'bert-base-cased',
    'bert-large-cased',
    'distilbert-base-uncased',
    'distilbert-base-cased',
    'roberta-base',
    'roberta-large',
    'xlm-roberta-base',
    'xlm-roberta-large',
    'albert-base-v2',
    'albert-large-v2',
    'albert-xlarge-v2',
    'albert-xxlarge-v2',
    'microsoft/deberta-base',
    'microsoft/deberta-large',
    'google/electra-small-discriminator',
    'google/electra-base-discriminator',
    'google/electra-large-discriminator',
    # text state-space models
    'state-spaces/mamba-130m-hf',
    'state-spaces/mamba-2.8b-hf',
]
