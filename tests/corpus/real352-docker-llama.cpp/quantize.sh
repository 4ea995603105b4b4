$HOME/llama.cpp/llama-quantize \
    $HOME/models/gemma-2-2b-it/gemma-2-2B-it-BF16.gguf \
    $HOME/models/gemma-2-2b-it/gemma-2-2B-it-Q5_K_S.gguf \
    q5_k_s