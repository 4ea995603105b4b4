MAP_TEST_MODELS: dict[str, str] = {
    "deberta-v2": "hf-internal-testing/tiny-random-DebertaForMaskedLM",
    "llama": "HuggingFaceM4/tiny-random-LlamaForCausalLM",
    "roberta": "hf-internal-testing/tiny-random-RobertaForMaskedLM",
    "t5": "hf-internal-testing/tiny-random-T5ForConditionalGeneration",
}
