import json
import boto3
import sagemaker
from sagemaker.model import Model
from sagemaker.predictor import Predictor
from sagemaker.serializers import JSONSerializer
from sagemaker.deserializers import JSONDeserializer

# AWS session
boto_session = boto3.Session(region_name="")  #ToDo Replace
sagemaker_session = sagemaker.Session(boto_session=boto_session)
role = "" #ToDo Replace

# Hugging Face TGI image (your choice)
inference_image_uri = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi3.0.1-gpu-py311-cu124-ubuntu22.04"

# Hugging Face model (your choice)
hf_model_id = "deepseek-ai/DeepSeek-R1-Distill-Llama-8B"
model_name = hf_model_id.split("/")[-1].lower()

instance_type = "ml.g5.12xlarge"
number_of_gpu = 4

model = Model(
    image_uri=inference_image_uri,
    role=role,
    name=model_name,
    sagemaker_session=sagemaker_session,
    env={
        "HF_MODEL_ID": hf_model_id,
        "HF_TASK": "text-generation",
        "MAX_INPUT_LENGTH": "4096",
        "MAX_TOTAL_TOKENS": "8192",
        "SM_NUM_GPUS": json.dumps(number_of_gpu),
        "DTYPE": "float16"
    }
)

# For your own fine-tuned model:
# model = Model(
#     image_uri=inference_image_uri,
#     model_data="s3://sagemaker-us-east-1/tu-job/output/model.tar.gz",  #ToDo
#     role=role,
#     name=model_name,
# )

endpoint_name = f"{model_name}-ep-dodmed"

_predictor = model.deploy(
    initial_instance_count=1,
    instance_type=instance_type,
    endpoint_name=endpoint_name,
    container_startup_health_check_timeout=600,
)

predictor = _predictor or Predictor(endpoint_name=endpoint_name, sagemaker_session=sagemaker_session)
predictor.serializer = JSONSerializer()
predictor.deserializer = JSONDeserializer()
print(predictor.predict({"inputs": "What is the meaning of life?"}))
