import mlflow
import mlflow.transformers
from transformers import DistilBertForSequenceClassification, DistilBertTokenizer

# placeholder "training": just get a model registered in MLflow
clf = DistilBertForSequenceClassification.from_pretrained("distilbert-base-uncased")
tok = DistilBertTokenizer.from_pretrained("distilbert-base-uncased")

with mlflow.start_run() as run:
    mlflow.transformers.log_model(
        transformers_model={"model": clf, "tokenizer": tok},
        artifact_path="model",
        input_example="Example string",
    )
    print("logged, run id:", run.info.run_id)
