local base_env = import 'base_env.jsonnet';

local train_batch_size = 32;
local valid_batch_size = 32;
local test_batch_size = 32;
local valid_step_size = 100;
local train_epochs = 9999;
local lr = 1e-4;
local retriever_lr = 1e-5;
local gradient_accumulation_steps = 4;
local seed = 2021;

local override = {
  "platform_type": "pytorch",
  "experiment_name": "default_test",
  "seed": seed,
  "model_config": {
    "base_model": "RAG",
    "ModelClass": "RagModel", // overall class
    "TokenizerClass": "DPRQuestionEncoderTokenizer",  // retriever-side tokenizer
    "TokenizerModelVersion": "facebook/dpr-question_encoder-single-nq-base", // its version

    "DecoderTokenizerClass": "T5Tokenizer",  // generator-side tokenizer
    "DecoderTokenizerModelVersion": "t5-large",

    "QueryEncoderModelClass": "DPRQuestionEncoder",
    "QueryEncoderConfigClass": "DPRConfig",
    // "QueryEncoderModelVersion": "facebook/dpr-question_encoder-single-nq-base",
    "QueryEncoderModelVersion": "../Experiments/Knowledge_Retriever_DPR_dim_768_inbatch_negative_caption_FullCorpus_NewRun/train/saved_model/epoch6/query_encoder",
    //"QueryEncoderModelVersion": "/additional_data/projects/RAVQA/Experiments/OKVQA_DPR_FullCorpus/train/saved_model/epoch6/query_encoder",

    "GeneratorModelClass": "T5ForConditionalGeneration",
    "GeneratorConfigClass": "T5Config",
    "GeneratorModelVersion": "t5-large",
    "pretrained": 1,
    "loss_ratio": {"nll_loss": 1, "retrieval_pseudo_loss": 0, "rag_loss": 0},
    "SPECIAL_TOKENS": {
      "additional_special_tokens": ["<BOV>", "<SOV>", "<EOV>", "<BOQ>", "<EOQ>", "<BOC>", "<EOC>", "<BOK>", "<EOK>"],
    },
    "input_modules": {
      "module_list": [
        {"type": "QuestionInput", "option": "default", "separation_tokens": {'start': '<BOQ>', 'end': '<EOQ>'}},
        {"type": "TextBasedVisionInput", "option": "caption", "separation_tokens": {'start': '<BOC>', 'end': '<EOC>'}},
        {"type": "EmbeddingInput", "option": "default"},
      ],
      "postprocess_module_list": [
        {"type": "PostProcessInputTokenization", "option": "default"},
        {"type": "PostProcessClipEmbeddings", "option": "default"},
      ],
    },
    "output_modules": {
      "module_list": [{"type": "GenerationOutput", "option": "default"}],
      "postprocess_module_list": [{"type": "PostProcessOutputTokenization", "option": "default"}],
    },
  },
  "data_loader": {
    "type": "DataLoaderOKVQAWithKnowledge",
    "dataset_type": "OKVQADataset",
    "additional": {'max_source_length': 512, 'max_target_length': 10, 'num_knowledge_passages': 5},
    "dataset_modules": {
      "module_list": [
        "LoadVinVLFeatures",
        "LoadGoogleOCRFeatures",
        "LoadOKVQAData",
        "LoadGoogleSearchPassageData",
        "LoadPretrainedDPROutputForGoogleSearchPassage",
        "LoadClipEmbeddings",
      ],
    },
  },
  "train": {
    "type": "RagExecutor",
    "epochs": train_epochs,
    "batch_size": train_batch_size,
    "lr": lr,
    "retriever_lr": retriever_lr,
    "load_model_path": "",
    "additional": {"gradient_accumulation_steps": gradient_accumulation_steps},
  },
  "valid": {"batch_size": valid_batch_size, "step_size": valid_step_size},
  "test": {"evaluation_name": "test_evaluation", "batch_size": test_batch_size},
  "metrics": [
    {'name': 'compute_exact_match'},
    {'name': 'compute_retrieval_metrics'},
    {'name': 'compute_okvqa_scores'},
  ],
};

std.mergePatch(base_env, override)
