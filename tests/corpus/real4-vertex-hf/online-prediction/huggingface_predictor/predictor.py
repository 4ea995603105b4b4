import logging
import os
import tarfile
from typing import Any, Dict

from google.cloud.aiplatform.prediction.predictor import Predictor
from google.cloud.aiplatform.utils import prediction_utils
from transformers import pipeline

log = logging.getLogger(__name__)
log.setLevel(logging.DEBUG)


class HuggingFacePredictor(Predictor):
    def __init__(self) -> None:
        pass

    def load(self, artifacts_uri: str) -> None:
        """Fetch the model archive and build the pipeline."""
        prediction_utils.download_model_artifacts(artifacts_uri)
        os.makedirs("./model", exist_ok=True)
        with tarfile.open("model.tar.gz", "r:gz") as tar:
            tar.extractall(path="./model")
        log.debug("HF_TASK=%s", os.getenv("HF_TASK"))
        self._pipeline = pipeline(os.getenv("HF_TASK", ""), model="./model")

    def predict(self, instances: Dict[str, Any]) -> Dict[str, Any]:
        return self._pipeline(**instances)
