import json
import sys
from dataclasses import dataclass, field

import torch
from transformers import BitsAndBytesConfig, GenerationConfig, HfArgumentParser

from utils.general_utils import get_model_name, get_model_tokenizer, seed_torch
from utils.prompter import Prompter


@dataclass
class InferArguments:
    model_name: str = field(default='llama', metadata={"help": "model name."})
    model_name_or_path: str = field(default='/play/model/llama-2-13b-chat-hf')
    input_file: str = field(default='test.json', metadata={"help": "input file."})
    output_file: str = field(default='output.json', metadata={"help": "Path to the output file."})
    prompt_template_name: str = field(default='alpaca', metadata={"help": "Prompt template name."})
    bf16: bool = field(default=False)
    bits: int = field(default=16, metadata={"help": "How many bits to use."})
    quant_type: str = field(default="nf4", metadata={"help": "Should be one of `fp4` or `nf4`."})


def inference(options):
    seed_torch()
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    prompter = Prompter(options.prompt_template_name)
    model_name = get_model_name(options.model_name)
    model_class, tokenizer_class, _ = get_model_tokenizer(model_name)
    tokenizer = tokenizer_class.from_pretrained(options.model_name_or_path, trust_remote_code=True)
    dtype = torch.bfloat16 if options.bf16 else torch.float32
    model = model_class.from_pretrained(
        options.model_name_or_path,
        device_map="auto",
        offload_folder="./cache",
        quantization_config=BitsAndBytesConfig(
            load_in_4bit=options.bits == 4,
            load_in_8bit=options.bits == 8,
            bnb_4bit_compute_dtype=dtype,
            bnb_4bit_quant_type=options.quant_type,
        ),
        torch_dtype=dtype,
        trust_remote_code=True,
    )
    if model_name in ("llama", "mistral"):
        model.config.pad_token_id = tokenizer.pad_token_id = 0
        tokenizer.padding_side = "left"
    model.eval()

    def evaluate(instruction, input=None, max_new_tokens=30):
        prompt = prompter.generate_prompt(instruction, input)
        input_ids = tokenizer(prompt, return_tensors="pt")["input_ids"].to(device)
        cfg = GenerationConfig(temperature=0, top_p=0.9, max_new_tokens=max_new_tokens,
                               pad_token_id=tokenizer.eos_token_id, return_dict_in_generate=True)
        with torch.no_grad():
            out = model.generate(input_ids=input_ids, generation_config=cfg)
        return prompter.get_response(tokenizer.decode(out.sequences[0], skip_special_tokens=True))

    with open(options.input_file) as reader, open(options.output_file, "w") as writer:
        for i, line in enumerate(reader):
            record = json.loads(line)
            record['output'] = evaluate(record['instruction'], record['input'])
            print(i + 1, record['output'])
            writer.write(json.dumps(record, ensure_ascii=False) + '\n')


if __name__ == "__main__":
    options, _ = HfArgumentParser((InferArguments,)).parse_args_into_dataclasses(return_remaining_strings=True)
    inference(options)
