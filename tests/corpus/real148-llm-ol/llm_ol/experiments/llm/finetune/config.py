from ml_collections import config_dict


def get_config():
    config = config_dict.ConfigDict()

    config.seed = 0
    config.output_dir = config_dict.placeholder(str)
    config.wandb = dict(
        project="llm-ol",
        notes="",
    )

    config.model = dict(
        name="mistralai/Mistral-7B-v0.1",
        response_template=[733, 28748, 16289, 28793],  # _[/INST]
        instruction_template=[733, 16289, 28793],  # _[INST]
    )

    config.data = dict(
        train_file=config_dict.placeholder(str),
        eval_file=config_dict.placeholder(str),
        eval_size=1024,
    )

    config.train = dict(
        epochs=2,
        warmup_steps=100,
        learning_rate=1e-5,
        batch_size=16,
        max_seq_length=2048,
        lora=dict(rank=32),
    )

    return config
