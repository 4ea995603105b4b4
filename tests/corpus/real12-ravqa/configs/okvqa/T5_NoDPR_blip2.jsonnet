local base_env = import 'base_env.jsonnet';

local train_batch_size = 32;
local valid_batch_size = 32;
local train_epochs = 9999;
local lr = 1e-4;
local MLP_lr = 1e-4;
local seed = 2021;

local override = {
  "platform_type": "pytorch",
  "experiment_name": "default_test",
  "seed": seed,
  "model_config": {
    "base_model": "T5",
    "ModelClass": "PrefixModelBLIP2",
    "TokenizerClass": "T5Tokenizer",
    "TokenizerModelVersion": "t5-large",
    "GeneratorModelClass": "Blip2Processor",
    "ConfigClass": "T5Config",
    "ModelVersion": "Salesforce/blip2-flan-t5-xl",
    "pretrained": 1,
    "UsePrefixEmb": 0,
    "UseQformerEmb": 0,
    "UseRawPixels": 1,
    "UseInstructBLIP" : 0,
    "SPECIAL_TOKENS": {"bos_token": "<PAD>", "pad_token": "<PAD>", "additional_special_tokens": ["<BOQ>", "<EOQ>"]},
    "input_modules": {
      "module_list": [
        {"type": "QuestionInput", "option": "default", "separation_tokens": {'start': '<BOQ>', 'end': '<EOQ>'}},
      ],
    },
  },
  "cache": {"regenerate": {"train_data_preprocessed_BLIP2": 0, "raw_pixels": 0}},
  "data_loader": {
    "type": "DataLoaderBLIP2",
    "dataset_type": "OKVQADatasetBLIP2",
    "dataset_modules": {"module_list": ["LoadOKVQAData"]},
  },
  "train": {
    "type": "BLIP2Executor",
    "epochs": train_epochs,
    "batch_size": train_batch_size,
    "lr": lr,
    "MLP_lr": MLP_lr,
    "load_model_path": "",
  },
  "valid": {"batch_size": valid_batch_size},
  "metrics": [{'name': 'compute_okvqa_scores'}],
};

std.mergePatch(base_env, override)
