import torch
from unsloth import FastLanguageModel
# from peft import LoraConfig, AutoPeftModelForCausalLM, prepare_model_for_kbit_training, get_peft_model


def load_model(max_seq_length, dtype, load_in_4bit, model_name='unsloth/mistral-7b-instruct-v0.2-bnb-4bit'):
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name =model_name,
        max_seq_length=max_seq_length,
        dtype=dtype,
        load_in_4bit=load_in_4bit
    )

    """model_name: the pre-trained model to load.
    max_seq_length: longest sequence (in tokens) the model processes, e.g. 2048.
    dtype: None picks float16 or bfloat16 from the hardware.
    load_in_4bit: 4-bit quantization, for memory-constrained GPUs.
    """

    # QLoRA adapters on top of the quantized model
    model = FastLanguageModel.get_peft_model(
        model,
        r = 16,
        lora_alpha = 32,
        lora_dropout = 0,
        bias = "none",
        use_gradient_checkpointing = "unsloth",
        random_state = 3407,
        use_rslora = False,
        loftq_config = None,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "lm_head"],
    )
    # output_dir: where the training outputs go; report_to: "wandb", "tensorboard", ...
    return model, tokenizer


def load_model_for_inference(max_seq_length, dtype, load_in_4bit, model_name='srao0996/mistral-lora-finetuned-medmcqa'):
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name = model_name,
        max_seq_length=max_seq_length,
        dtype=dtype,
        load_in_4bit=load_in_4bit
    )
    return model, tokenizer
