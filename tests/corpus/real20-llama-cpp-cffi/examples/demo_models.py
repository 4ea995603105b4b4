__all__ = ['demo_models']

from llama.model import Model


demo_models = {
    #
    # llm
    #
    'Qwen/Qwen2.5-0.5B-Instruct': Model(
        creator_hf_repo='Qwen/Qwen2.5-0.5B-Instruct',
        hf_repo='Qwen/Qwen2.5-0.5B-Instruct-GGUF',
        hf_file='qwen2.5-0.5b-instruct-q4_k_m.gguf',
    ),
    'HuggingFaceTB/SmolLM2-360M-Instruct': Model(
        creator_hf_repo='HuggingFaceTB/SmolLM2-360M-Instruct',
        hf_repo='bartowski/SmolLM2-360M-Instruct-GGUF',
        hf_file='SmolLM2-360M-Instruct-Q8_0.gguf',
    ),
    'microsoft/Phi-3.5-mini-instruct': Model(
        creator_hf_repo='microsoft/Phi-3.5-mini-instruct',
        hf_repo='bartowski/Phi-3.5-mini-instruct-GGUF',
        hf_file='Phi-3.5-mini-instruct-Q4_K_M.gguf',
        # hf_file='Phi-3.5-mini-instruct-Q8_0.gguf',
    ),
    'RWKV/v6-Finch-1B6-HF': Model(
        creator_hf_repo='RWKV/v6-Finch-1B6-HF',
        hf_repo='latestissue/rwkv-6-finch-1b6-gguf',
        hf_file='rwkv-6-finch-1b6-Q4_K.gguf',
    ),

    #
    # vlm
    #
    'liuhaotian/llava-v1.6-mistral-7b': Model( # 7.57B
        creator_hf_repo='liuhaotian/llava-v1.6-mistral-7b',
        hf_repo='cjpais/llava-1.6-mistral-7b-gguf',
        hf_file='llava-v1.6-mistral-7b.Q4_K_M.gguf',
        mmproj_hf_file='mmproj-model-f16.gguf',
        tokenizer_hf_repo='mistralai/Mistral-7B-Instruct-v0.2',
    ),
    'vikhyatk/moondream2': Model( # 1.87B
        creator_hf_repo='vikhyatk/moondream2',
        # hf_repo='vikhyatk/moondream2',
        hf_repo='moondream/moondream2-gguf',
        hf_file='moondream2-text-model-f16.gguf',
        mmproj_hf_file='moondream2-mmproj-f16.gguf',
    ),
}
