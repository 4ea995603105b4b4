import os
import datasets

# Prompt templates.
template_dict = {
    'default': 'Instruction: {instruction}\nInput: {input}\nAnswer: '
}

# LoRA target modules for each model family.
lora_module_dict = {
    'chatglm2': ['query_key_value'],
    'falcon': ['query_key_value'],
    'bloom': ['query_key_value'],
    'internlm': ['q_proj', 'k_proj', 'v_proj'],
    'llama2': ['q_proj', 'k_proj', 'v_proj'],
    'qwen': ["c_attn"],
    'mpt': ['Wqkv'],
}


def get_prompt(template, instruction, input_text):
    if not instruction:
        return input_text
    if template not in template_dict:
        raise KeyError(f"Template '{template}' not found. Available templates: {', '.join(template_dict.keys())}")
    return template_dict[template].format(instruction=instruction, input=input_text)


def tokenize(args, tokenizer, feature):
    prompt = get_prompt(args.instruct_template, feature['instruction'], feature['input'])
    prompt_ids = tokenizer(prompt, padding=False, max_length=args.max_length, truncation=True)['input_ids']
    target_ids = tokenizer(feature['output'].strip(), padding=False, max_length=args.max_length,
                           truncation=True, add_special_tokens=False)['input_ids']
    input_ids = prompt_ids + target_ids
    exceed_max_length = len(input_ids) >= args.max_length
    if input_ids[-1] != tokenizer.eos_token_id and not exceed_max_length:
        input_ids.append(tokenizer.eos_token_id)
    label_ids = [tokenizer.pad_token_id] * len(prompt_ids) + input_ids[len(prompt_ids):]
    return {"input_ids": input_ids, "labels": label_ids, "exceed_max_length": exceed_max_length}


def parse_model_name(name, from_remote=False):
    """Remote Hub id or local path of a base model."""
    model_paths = {
        'chatglm2': ('THUDM/chatglm2-6b', 'base_models/chatglm2-6b'),
        'llama2': ('meta-llama/Llama-2-7b-hf', 'base_models/Llama-2-7b-hf'),
        'llama2-13b': ('meta-llama/Llama-2-13b-hf', 'base_models/Llama-2-13b-hf'),
        'llama2-13b-nr': ('NousResearch/Llama-2-13b-hf', 'base_models/Llama-2-13b-hf'),
        'falcon': ('tiiuae/falcon-7b', 'base_models/falcon-7b'),
        'internlm': ('internlm/internlm-7b', 'base_models/internlm-7b'),
        'qwen': ('Qwen/Qwen-7B', 'base_models/Qwen-7B'),
        'baichuan': ('baichuan-inc/Baichuan2-7B-Base', 'base_models/Baichuan2-7B-Base'),
        'mpt': ('cekal/mpt-7b-peft-compatible', 'base_models/mpt-7b-peft-compatible'),
        'bloom': ('bigscience/bloom-7b1', 'base_models/bloom-7b1')
    }
    if name in model_paths:
        return model_paths[name][0] if from_remote else model_paths[name][1]
    valid_model_names = ', '.join(model_paths.keys())
    raise ValueError(f"Undefined base model '{name}'. Valid model names are: {valid_model_names}")


def load_dataset(names, from_remote=False):
    """Load comma-separated datasets; `name*n` replicates a dataset n times."""
    dataset_list = []
    for name in names.split(','):
        replication_factor = 1
        dataset_name = name
        if '*' in name:
            dataset_name, replication_factor = name.split('*')
            replication_factor = int(replication_factor)
        dataset_path_or_name = ('FinGPT/fingpt-' if from_remote else 'data/fingpt-') + dataset_name
        if not os.path.exists(dataset_path_or_name) and not from_remote:
            raise FileNotFoundError(f"The dataset path {dataset_path_or_name} does not exist.")
        tmp_dataset = datasets.load_dataset(dataset_path_or_name) if from_remote else datasets.load_from_disk(dataset_path_or_name)
        if 'test' not in tmp_dataset:
            tmp_dataset = tmp_dataset['train'].train_test_split(test_size=0.2, shuffle=True, seed=42)
        dataset_list.extend([tmp_dataset] * replication_factor)
    return dataset_list
