import argparse
import os
import time
import warnings
from typing import Dict

import boto3
from sagemaker.huggingface import HuggingFaceModel


def deploy_image(image: str, config: Dict[str, str], instance_type: str, iam_role: str):
    start = time.time()
    iam = boto3.client("iam")
    role = iam.get_role(RoleName=iam_role)["Role"]["Arn"]
    print(f"sagemaker role arn: {role}, instance type: {instance_type}, config: {config}")

    llm_model = HuggingFaceModel(role=role, image_uri=image, env=config)

    # trn1 instances come with fixed disks: volume_size is not supported there
    volume_size = None if "trn1" in instance_type else 256
    try:
        llm_model.deploy(
            initial_instance_count=1,
            instance_type=instance_type,
            container_startup_health_check_timeout=1800,
            volume_size=volume_size,
            inference_ami_version="al2-ami-sagemaker-inference-neuron-2",
        )
        print(f"Deployed {llm_model.name} as endpoint {llm_model.endpoint_name}")
    except Exception as e:
        print(f"Failed to deploy model with config {config} on {instance_type}: {e}")
    finally:
        print(f"Total time: {round(time.time() - start)}s")


def get_neuronx_tgi_config(model_id, batch_size, sequence_length, auto_cast_type, num_cores, token):
    max_input_length = sequence_length // 2
    tgi_config = {
        "MODEL_ID": model_id,
        "HF_NUM_CORES": f"{num_cores}",
        "SEQUENCE_LENGTH": f"{sequence_length}",
        "HF_AUTO_CAST_TYPE": auto_cast_type,
        "MAX_BATCH_SIZE": f"{batch_size}",
        "MAX_INPUT_LENGTH": f"{max_input_length}",
        "MAX_TOTAL_TOKENS": f"{sequence_length}",
    }
    if token:
        tgi_config["HUGGING_FACE_HUB_TOKEN"] = token
    return tgi_config


def get_neuronx_vllm_config(model_id, batch_size, sequence_length, auto_cast_type, num_cores, token):
    vllm_config = {
        "SM_VLLM_MODEL": model_id,
        "SM_VLLM_MAX_NUM_SEQS": f"{batch_size}",
        "SM_VLLM_TENSOR_PARALLEL_SIZE": f"{num_cores}",
        "SM_VLLM_MAX_MODEL_LEN": f"{sequence_length}",
    }
    if token:
        vllm_config["HF_TOKEN"] = token
    return vllm_config


if __name__ == "__main__":
    current_region = boto3.session.Session().region_name
    parser = argparse.ArgumentParser(description="Deploy a service from a Hugging Face image on SageMaker")
    parser.add_argument("--image", type=str, required=True, help="The full SageMaker image URI")
    parser.add_argument("--model_id", type=str, required=True, help="The HuggingFace model id")
    parser.add_argument("--instance_type", type=str, required=True)
    parser.add_argument("--iam_role", default="sagemaker_execution_role", type=str)
    parser.add_argument("--region", type=str, default="us-east-1" if current_region is None else current_region)
    parser.add_argument("--token", type=str, default=os.environ.get("HF_TOKEN", None))
    parser.add_argument("--batch_size", type=int, default=1)
    parser.add_argument("--sequence_length", type=int)
    parser.add_argument("--num_cores", type=int, default=2)
    parser.add_argument("--auto_cast_type", type=str, default="bf16", choices=["fp32", "fp16", "bf16"])
    args = parser.parse_args()

    boto3.setup_default_session(region_name=args.region)
    if "amazonaws.com" not in args.image:
        raise ValueError("You need to pass a full SageMaker image URI")
    if args.token is None:
        warnings.warn("No HuggingFace token given: make sure the model is public.")

    build = get_neuronx_vllm_config if "vllm" in args.image else get_neuronx_tgi_config
    config = build(args.model_id, args.batch_size, args.sequence_length,
                   args.auto_cast_type, args.num_cores, args.token)
    deploy_image(args.image, config, instance_type=args.instance_type, iam_role=args.iam_role)
