import json

import boto3
import sagemaker
from sagemaker.huggingface import HuggingFaceModel, get_huggingface_llm_image_uri

role = sagemaker.get_execution_role()
image_uri = get_huggingface_llm_image_uri("huggingface", version="2.2.0")

config = {
    "HF_MODEL_ID": "meta-llama/Meta-Llama-3.1-8B-Instruct",
    "SM_NUM_GPUS": json.dumps(1),
    "MAX_INPUT_LENGTH": "4096",
    "HUGGING_FACE_HUB_TOKEN": "<REPLACE WITH YOUR TOKEN>",
}

llm_model = HuggingFaceModel(role=role, image_uri=image_uri, env=config)
llm = llm_model.deploy(initial_instance_count=1, instance_type="ml.g5.2xlarge", container_startup_health_check_timeout=300)

embedder = HuggingFaceModel(
    env={"HF_MODEL_ID": "BAAI/bge-large-en-v1.5", "HF_TASK": "feature-extraction"},
    role=role,
    transformers_version="4.37",
    pytorch_version="2.1",
    py_version="py310",
)
classifier = HuggingFaceModel(model_data="s3://acme-models/classifier/2024-07/model.tar.gz", role=role,
                              transformers_version="4.37", pytorch_version="2.1", py_version="py310")

runtime = boto3.client("sagemaker-runtime")
resp = runtime.invoke_endpoint(EndpointName="llama-31-8b", ContentType="application/json",
                               Body=json.dumps({"inputs": "Hello"}))
print(resp["Body"].read().decode("utf-8"))
