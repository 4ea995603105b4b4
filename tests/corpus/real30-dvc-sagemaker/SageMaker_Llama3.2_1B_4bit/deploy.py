from sagemaker import image_uris, Session
from sagemaker.huggingface import HuggingFaceModel

# 1) official PyTorch 2.6 inference container URI
image_uri = image_uris.retrieve(
    framework="pytorch",
    region="us-east-1",
    version="2.6.0",
    py_version="py312",
    instance_type="ml.g5.xlarge",
    image_scope="inference",
)

sess = Session()

# 2) Hugging Face Model, overriding the default image lookup
hf_model = HuggingFaceModel(
    model_data="s3://dvc-sagemaker-model/llama-3.2-1B-Instruct-bnb-4bit-flat.tar.gz",
    role="arn:aws:iam::879961718398:role/service-role/AmazonSageMaker-ExecutionRole-20250416T155074",
    entry_point="inference.py",
    source_dir="code/",
    image_uri=image_uri,
    env={"SM_NUM_GPUS": "1"},
    sagemaker_session=Session(),
)

# 3) Deploy (or update) the endpoint
predictor = hf_model.deploy(
    initial_instance_count=1,
    instance_type="ml.g5.xlarge",
    endpoint_name="my-endpoint",
)
