import argparse
import os
import time
import warnings
from typing import Dict

import boto3
from sagemaker.huggingface import HuggingFaceModel


def deploy(image: str, env: Dict[str, str], instance_type: str, role_name: str):
    t0 = time.time()
    role = boto3.client("iam").get_role(RoleName=role_name)["Role"]["Arn"]
    print(f"role: {role}  instance: {instance_type}  env: {env}")

    hf_model = HuggingFaceModel(role=role, image_uri=image, env=env)

    # Trainium hosts ship fixed local disks; other types need a bigger /tmp volume
    volume = None if "trn1" in instance_type else 256
    try:
        hf_model.deploy(
            initial_instance_count=1,
            instance_type=instance_type,
            container_startup_health_check_timeout=1800,
            volume_size=volume,
            inference_ami_version="al2-ami-sagemaker-inference-neuron-2",
        )
        print(f"Deployed {hf_model.name} as {hf_model.endpoint_name}")
    except Exception as exc:
        print(exc)
        print(f"Deployment failed for {env} on {instance_type}")
    finally:
        print(f"Elapsed: {round(time.time() - t0)}s")


def tgi_env(model_id, batch_size, seq_len, cast_type, cores, token):
    env = {
        "MODEL_ID": model_id,
        "HF_NUM_CORES": f"{cores}",
        "SEQUENCE_LENGTH": f"{seq_len}",
        "HF_AUTO_CAST_TYPE": cast_type,
        "MAX_BATCH_SIZE": f"{batch_size}",
        "MAX_CONCURRENT_REQUESTS": "128",
        "MAX_INPUT_LENGTH": f"{seq_len // 2}",
        "MAX_TOTAL_TOKENS": f"{seq_len}",
        "MAX_BATCH_PREFILL_TOKENS": f"{batch_size * seq_len // 2}",
        "MAX_BATCH_TOTAL_TOKENS": f"{batch_size * seq_len}",
    }
    if token:
        env["HUGGING_FACE_HUB_TOKEN"] = token
    return env


def vllm_env(model_id, batch_size, seq_len, cast_type, cores, token):
    env = {
        "SM_VLLM_MODEL": model_id,
        "SM_VLLM_MAX_NUM_SEQS": f"{batch_size}",
        "SM_VLLM_TENSOR_PARALLEL_SIZE": f"{cores}",
        "SM_VLLM_MAX_MODEL_LEN": f"{seq_len}",
    }
    if token:
        env["HF_TOKEN"] = token
    return env


if __name__ == "__main__":
    region = boto3.session.Session().region_name

    p = argparse.ArgumentParser(description="Deploy a Hugging Face serving image on SageMaker")
    p.add_argument("--image", type=str, required=True, help="Full SageMaker image URI")
    p.add_argument("--model_id", type=str, required=True, help="Hub model id")
    p.add_argument("--instance_type", type=str, required=True)
    p.add_argument("--iam_role", type=str, default="sagemaker_execution_role")
    p.add_argument("--region", type=str, default=region or "us-east-1")
    p.add_argument("--token", type=str, default=os.environ.get("HF_TOKEN", None))
    p.add_argument("--batch_size", type=int, default=1)
    p.add_argument("--sequence_length", type=int)
    p.add_argument("--num_cores", type=int, default=2)
    p.add_argument("--auto_cast_type", type=str, default="bf16", choices=["fp32", "fp16", "bf16"])
    args = p.parse_args()

    boto3.setup_default_session(region_name=args.region)
    if "amazonaws.com" not in args.image:
        raise ValueError("Pass a full SageMaker image URI")
    if args.token is None:
        warnings.warn("No Hugging Face token given: the model must be public, and Hub downloads may be rate limited.")

    if "vllm" in args.image:
        build_env = vllm_env
    elif "tgi" in args.image:
        build_env = tgi_env
    else:
        raise ValueError("Pass a TGI or vLLM image")
    env = build_env(args.model_id, args.batch_size, args.sequence_length,
                    args.auto_cast_type, args.num_cores, args.token)
    deploy(args.image, env, instance_type=args.instance_type, role_name=args.iam_role)
