Python Libraries

!pip install transformers datasets evaluate gradio -q


File Upload


from google.colab import files
uploaded = files.upload()  # select your dataset file(s), e.g. legal_data.xlsx or legal_data.csv


import pandas as pd

# Load your dataset
try:
    df = pd.read_csv("legal_docs_labelled355.csv", encoding='latin-1')
except UnicodeDecodeError:
    try:
        df = pd.read_csv("legal_docs_labelled355.csv", encoding='cp1252')
    except UnicodeDecodeError:
        print("Could not decode the file with 'latin-1' or 'cp1252' encoding. Please check the file encoding.")
        df = None # Ensure df is None if decoding fails


# Show first rows
if df is not None:
    print(df.head())

    # Show column names
    print("\nColumns:", df.columns.tolist())

    # Show unique labels (if column exists)
    for col in df.columns:
        print(f"\nColumn: {col}")
        # Check if the column is not empty before printing unique values
        if not df[col].empty:
            print(df[col].unique()[:10])  # print first 10 unique values
        else:
            print("Column is empty.")

import pandas as pd

# Load your dataset with specified encoding
try:
    df = pd.read_csv("legal_docs_labelled355.csv", encoding='latin-1')
except UnicodeDecodeError:
    try:
        df = pd.read_csv("legal_docs_labelled355.csv", encoding='cp1252')
    except UnicodeDecodeError:
        print("Could not decode the file with 'latin-1' or 'cp1252' encoding. Please check the file encoding.")
        df = None # Ensure df is None if decoding fails


if df is not None:
    # Drop rows with missing values in important columns
    df = df.dropna(subset=["clause_text", "clause_type"])

    print(df["clause_type"].value_counts())

from sklearn.preprocessing import LabelEncoder

le = LabelEncoder()
df["label"] = le.fit_transform(df["clause_type"])  # convert text labels to numbers

num_labels = df["label"].nunique()
print("Number of classes:", num_labels)


from sklearn.model_selection import train_test_split
import pandas as pd

# Ensure df is available from previous steps or reload if necessary
# Assuming df is available from previous execution and contains 'label' and 'clause_text'

# Check value counts of the labels
label_counts = df["label"].value_counts()

# Identify labels with only one sample
single_sample_labels = label_counts[label_counts == 1].index

# Filter out rows corresponding to single-sample labels
df_filtered = df[~df["label"].isin(single_sample_labels)]

# Now perform the train/test split on the filtered DataFrame
# Use the filtered DataFrame's label column for stratification
train_texts, test_texts, train_labels, test_labels = train_test_split(
    df_filtered["clause_text"].tolist(),
    df_filtered["label"].tolist(),
    test_size=0.2,
    random_state=42,
    stratify=df_filtered["label"] # Stratify using the filtered labels
)

print(f"Original number of samples: {len(df)}")
print(f"Number of samples after filtering single-sample classes: {len(df_filtered)}")
print(f"Shape of train_texts: {len(train_texts)}")
print(f"Shape of test_texts: {len(test_texts)}")
print(f"Shape of train_labels: {len(train_labels)}")
print(f"Shape of test_labels: {len(test_labels)}")

from huggingface_hub import login

login("hf_REDACTED_TOKEN_PLACEHOLDER")


### Create Dataset

This cell creates custom PyTorch Dataset objects from the tokenized data and labels, which are used for training and evaluation with the Hugging Face Trainer.

from transformers import AutoTokenizer

model_name = "nlpaueb/legal-bert-base-uncased"  # pretrained legal BERT
tokenizer = AutoTokenizer.from_pretrained(model_name)

train_encodings = tokenizer(train_texts, truncation=True, padding=True, max_length=256)
test_encodings = tokenizer(test_texts, truncation=True, padding=True, max_length=256)


import torch

class LegalDataset(torch.utils.data.Dataset):
    def __init__(self, encodings, labels):
        self.encodings = encodings
        self.labels = labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        item = {key: torch.tensor(val[idx]) for key, val in self.encodings.items()}
        item["labels"] = torch.tensor(self.labels[idx])
        return item

train_dataset = LegalDataset(train_encodings, train_labels)
test_dataset = LegalDataset(test_encodings, test_labels)


import torch

class LegalDataset(torch.utils.data.Dataset):
    def __init__(self, encodings, labels):
        self.encodings = encodings
        self.labels = labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        item = {key: torch.tensor(val[idx]) for key, val in self.encodings.items()}
        item["labels"] = torch.tensor(self.labels[idx])
        return item

train_dataset = LegalDataset(train_encodings, train_labels)
test_dataset = LegalDataset(test_encodings, test_labels)

from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, AutoTokenizer
import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
import torch

# Define model_name here
model_name = "nlpaueb/legal-bert-base-uncased"

# --- Include data loading and preprocessing steps to define df_filtered and le ---
# Load your dataset with specified encoding
file_path = "legal_docs_labelled355.csv" # Explicitly define the file path
print(f"Attempting to read file: {file_path}")
try:
    df = pd.read_csv(file_path, encoding='latin-1')
except FileNotFoundError:
    print(f"Error: The file '{file_path}' was not found. Please ensure it is uploaded.")
    df = None # Ensure df is None if file not found
except UnicodeDecodeError:
    try:
        df = pd.read_csv(file_path, encoding='cp1252')
    except UnicodeDecodeError:
        print(f"Could not decode the file with 'latin-1' or 'cp1252' encoding. Please check the file encoding of '{file_path}'.")
        df = None # Ensure df is None if decoding fails


if df is not None:
    # Drop rows with missing values in important columns
    df = df.dropna(subset=["clause_text", "clause_type"])

    # Check value counts of the labels
    label_counts = df["clause_type"].value_counts() # Check counts of original clause_type

    # Identify labels with only one sample
    single_sample_labels = label_counts[label_counts == 1].index

    # Filter out rows corresponding to single-sample labels
    df_filtered = df[~df["clause_type"].isin(single_sample_labels)].copy() # Filter based on original clause_type

    # Label Encoding - Fit on the filtered data's clause_type
    le = LabelEncoder()
    df_filtered["label"] = le.fit_transform(df_filtered["clause_type"])


    # Re-calculate num_labels based on the filtered data
    num_labels = df_filtered["label"].nunique()

    print(f"Number of classes (after filtering single-sample): {num_labels}")
    print(f"Unique labels in filtered data: {df_filtered['label'].unique()}")


    # --- Include tokenization and dataset creation steps ---
    tokenizer = AutoTokenizer.from_pretrained(model_name)

    # Split data for tokenization and dataset creation
    train_texts, test_texts, train_labels, test_labels = train_test_split(
        df_filtered["clause_text"].tolist(),
        df_filtered["label"].tolist(),
        test_size=0.2,
        random_state=42,
        stratify=df_filtered["label"] # Stratify using the filtered labels
    )

    train_encodings = tokenizer(train_texts, truncation=True, padding=True, max_length=256)
    test_encodings = tokenizer(test_texts, truncation=True, padding=True, max_length=256)

    class LegalDataset(torch.utils.data.Dataset):
        def __init__(self, encodings, labels):
            self.encodings = encodings
            self.labels = labels

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, idx):
            item = {key: torch.tensor(val[idx]) for key, val in self.encodings.items()}
            item["labels"] = torch.tensor(self.labels[idx])
            return item

    train_dataset = LegalDataset(train_encodings, train_labels)
    test_dataset = LegalDataset(test_encodings, test_labels)
    # --- End of tokenization and dataset creation steps ---


    model = AutoModelForSequenceClassification.from_pretrained(model_name, num_labels=num_labels)

    training_args = TrainingArguments(
        output_dir="./results",
        eval_strategy="epoch",
        save_strategy="epoch",
        learning_rate=2e-5,
        per_device_train_batch_size=8,
        per_device_eval_batch_size=8,
        num_train_epochs=3,
        weight_decay=0.01,
        logging_dir="./logs",
        logging_steps=10,
        # report_to="none" # Add this if you don't want to report to external services
    )

    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=train_dataset,
        eval_dataset=test_dataset,
    )

    trainer.train()

else:
    print("DataFrame not loaded due to errors.")

# Evaluate the model on the test set
evaluation_results = trainer.evaluate()

# Print the evaluation results
print("Evaluation Results:")
print(evaluation_results)
