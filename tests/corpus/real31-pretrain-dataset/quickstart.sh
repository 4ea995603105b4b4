#!/bin/bash
# Quick start script for LLM Pretraining Dataset Collection

set -e  # Exit on error

echo "LLM Pretraining Dataset - Quick Start"

# Create virtual environment if it doesn't exist
if [ ! -d "venv" ]; then
    python3 -m venv venv
fi
source venv/bin/activate

pip install -q --upgrade pip
pip install -q -r requirements.txt

python test_cleaning.py

if [ $? -eq 0 ]; then
    echo "✓ All tests passed!"
    echo "Next steps:"
    echo "1. Edit datasets_config.yaml to customize:"
    echo "   - Update 'hub_repo' with your HuggingFace username"
    echo "2. Login to HuggingFace (if you want to push):"
    echo "   huggingface-cli login"
    echo "3. Test with limited samples:"
    echo "   python merge_datasets.py --max-samples 100"
    echo "4. Run full merge (this may take a while):"
    echo "   python merge_datasets.py --output-dir ./merged_dataset"
    echo "5. Push to HuggingFace Hub:"
    echo "   python merge_datasets.py --push-to-hub --hub-repo your-username/dataset-name"
else
    echo "✗ Tests failed. Please check the output above."
    exit 1
fi
