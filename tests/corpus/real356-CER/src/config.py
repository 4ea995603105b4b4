# general configuration
@dataclass
class Config:
    model_name: str = os.getenv("MODEL_NAME",
                                "meta-llama/Llama-3.1-8B-Instruct")  # Path to the HuggingFace model or local directory
    data_dir = os.getenv("DATA_DIR", "data")
    # Load the model from the local directory instead of the HF.
    read_model_from_huggingface: bool = eval(
        os.getenv("LOCAL_MODEL", 'True'))
    hugging_face_token: str = os.getenv(
        "HUGGING_FACE_TOKEN", "")  # Huggingface Token

    # specify the running mode "all" that means all of them.
    run_name: str = os.getenv("RUN_NAME", "Ours + Temp + Conf")
    # number of chains in self-consistency or number of branching in cot-decoding
    K: int = int(os.getenv("K", 10))
    aggregate: bool = True  # True: aggregate paths False: the best path
    multihop: bool = eval(os.getenv("MULTIHOP", 'False'))

    # True: few-shot False: zero-shot
    few_shot: bool = eval(os.getenv("FEW_SHOT", 'True'))
    # Number of samples to process
    number_samples: int = int(os.getenv("N_SAMPLE", 500))
    seed: int = int(os.getenv("SEED", 11))  # Seed for shuffling the dataset

    gsm8k_shots: str = "inputs/shots/gsm8k.txt"  # path to shots of gsm8k
    multiarith_shots: str = "inputs/shots/multiarith.txt"  # path to shots of multiarith
    allenai_shots: str = "inputs/shots/allenai.txt"  # path to shots of allenai
    math_shots: str = "inputs/shots/math.txt"  # path to shots of math
    hotpot_shots: str = "inputs/shots/hotpot.txt"  # path to shots of hotpot
    trivia_shots: str = "inputs/shots/trivia.txt"  # path to shots of trivia

    datasets = eval(os.getenv("DATASETS", """{
        "allenai": "allenai_math_qa_test_processed.parquet",
        "multiarith": "ChilleD_MultiArith_test_processed.parquett",
        "math": "src_datasets_math_dataset_test_processed.parquet",
        "gsm8k": "openai_gsm8k_test_processed.parquet",
        "hotpot": "hotpotqa_processed.parquet",
        "trivia": "triviaqa_processed.parquet"
    }"""))

    batch_size = int(os.getenv("BATCH_SIZE", 1))
