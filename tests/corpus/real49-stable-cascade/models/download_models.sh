    #!/bin/bash

# need at least two arguments (besides the optional first one)
if [ $# -lt 2 ]; then
    echo "Insufficient arguments provided. At least two arguments are required."
    exit 1
fi

# optional "essential": fetch EfficientNet, Stage A and the Previewer
if [ "$1" == "essential" ]; then
        echo "Downloading Essential Models (EfficientNet, Stage A, Previewer)"
        wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_a.safetensors -P . -q --show-progress
        wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/previewer.safetensors -P . -q --show-progress
        wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/effnet_encoder.safetensors -P . -q --show-progress
    shift
fi

second_argument="$1"
binary_decision="${2:-bfloat16}"

case $second_argument in
    big-big)
        if [ "$binary_decision" == "bfloat16" ]; then
            echo "Downloading Large Stage B & Large Stage C"
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_b_bf16.safetensors -P . -q --show-progress
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_c_bf16.safetensors -P . -q --show-progress
        else
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_b.safetensors -P . -q --show-progress
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_c.safetensors -P . -q --show-progress
        fi
        ;;
    small-small)
        if [ "$binary_decision" == "bfloat16" ]; then
            echo "Downloading Small Stage B & Small Stage C (BFloat16)"
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_b_lite_bf16.safetensors -P . -q --show-progress
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_c_lite_bf16.safetensors -P . -q --show-progress
        else
            echo "Downloading Small Stage B & Small Stage C"
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_b_lite.safetensors -P . -q --show-progress
            wget-c https://huggingface.co/stabilityai/StableWurst/resolve/main/stage_c_lite.safetensors -P . -q --show-progress
        fi
        ;;
    *)
        echo "Invalid second argument. Use one of: big-big, small-small."
        exit 2
        ;;
esac
