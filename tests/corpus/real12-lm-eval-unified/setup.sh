#!/bin/bash

# set up the MMLU / MMMU evaluation scripts
echo "Setting up the evaluation framework..."

if ! command -v python3 &> /dev/null; then
    echo "Python 3.8+ is required."
    exit 1
fi

echo "Python: $(python3 -c "import sys; print(f'{sys.version_info.major}.{sys.version_info.minor}')")"

python3 -m pip install --upgrade pip
python3 -m pip install -r requirements.txt || { echo "dependency install failed"; exit 1; }

chmod +x evaluate_mmlu.py evaluate_mmmu.py quick_eval.py test_setup.py

echo "Done. Next:"
echo "1. huggingface-cli login"
echo "2. request access to the Llama 4 checkpoints on the Hub"
echo "3. python3 test_setup.py"
echo "4. python3 quick_eval.py llama4-scout-instruct --quick"
