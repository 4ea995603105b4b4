import os
import re
import tarfile
from typing import Any, Dict, Optional

from google.cloud.aiplatform.prediction.predictor import Predictor
from google.cloud.aiplatform.utils import prediction_utils
from transformers import pipeline

from vertex_ai_huggingface_inference_toolkit.utils import get_device, get_logger


class TransformersPredictor(Predictor):
    """Custom `Predictor` running a `transformers.pipeline` inside the CPR server."""

    def __init__(self) -> None:
        self._logger = get_logger("vertex-ai-huggingface-inference-toolkit")

    def load(self, artifacts_uri: Optional[str] = None) -> None:
        """Loads the model from `artifacts_uri` (GCS) or from the `HF_HUB_ID` env var."""
        if artifacts_uri is not None:
            self._logger.info(f"Downloading artifacts from `artifacts_uri='{artifacts_uri}'`")
            prediction_utils.download_model_artifacts(artifacts_uri)

        hub_id = os.getenv("HF_HUB_ID", None)
        file_exists = os.path.exists("model.tar.gz") and os.path.isfile("model.tar.gz")
        if not file_exists and hub_id is None:
            raise RuntimeError("Neither `HF_HUB_ID` nor `model.tar.gz` exist!")

        model_path = "./transformers-model" if file_exists else hub_id
        if file_exists:
            os.makedirs("./transformers-model", exist_ok=True)
            with tarfile.open("model.tar.gz", "r:gz") as tar:
                tar.extractall(path="./transformers-model")

        model_kwargs = os.getenv("HF_MODEL_KWARGS", None)
        model_kwargs_dict: Dict[str, Any] = {}
        if model_kwargs is not None:
            model_kwargs_dict = eval(model_kwargs)
            model_kwargs_dict.pop("device", None)
            model_kwargs_dict.pop("device_map", None)

        task = os.getenv("HF_TASK", "")
        try:
            self._pipeline = pipeline(task, model=model_path, device_map="auto", **model_kwargs_dict)
        except ValueError as ve:
            pattern = re.compile(r"[a-zA-Z0-9]+ does not support `device_map='auto'`")
            if not pattern.search(str(ve)):
                raise ve
            device = get_device()
            self._pipeline = pipeline(task, model=model_path, device=device, **model_kwargs_dict)

    def predict(self, instances: Dict[str, Any]) -> Dict[str, Any]:
        if "instances" in instances:
            instances = instances["instances"]
        # https://github.com/huggingface/transformers/pull/29495
        if "args" in instances:
            return self._pipeline(instances.pop("args"), **instances)  # type: ignore
        return self._pipeline(**instances)  # type: ignore
