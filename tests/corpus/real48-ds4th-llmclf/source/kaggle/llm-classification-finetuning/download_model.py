"""
Download DistilBERT model from HuggingFace and save locally
This will be uploaded to Kaggle as a dataset
"""

from transformers import AutoTokenizer, AutoModel
import os
import zipfile

# Configuration
MODEL_NAME = "distilbert-base-uncased"
SAVE_DIR = "models/distilbert-base-uncased"
ZIP_FILE = "models/distilbert-base-uncased.zip"

print(f"Downloading {MODEL_NAME} from HuggingFace...")
os.makedirs(SAVE_DIR, exist_ok=True)

tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)
tokenizer.save_pretrained(SAVE_DIR)

model = AutoModel.from_pretrained(MODEL_NAME)
model.save_pretrained(SAVE_DIR)

saved_files = os.listdir(SAVE_DIR)
required_files = ['config.json', 'tokenizer_config.json', 'vocab.txt']
missing = [f for f in required_files if f not in saved_files]
if missing:
    print(f"WARNING: Missing files: {missing}")

with zipfile.ZipFile(ZIP_FILE, 'w', zipfile.ZIP_DEFLATED) as zipf:
    for root, dirs, files in os.walk('models'):
        for file in files:
            zipf.write(os.path.join(root, file), os.path.join(root, file))

print("Next steps:")
print("1. Upload the ZIP file to Kaggle as a new dataset:")
print(f"   - File: {ZIP_FILE}")
print("   - Title: distilbert-base-uncased")
print("2. Add the dataset to your Kaggle notebook")
