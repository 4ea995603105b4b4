import boto3, json, sagemaker, time
from sagemaker import get_execution_role

sess = boto3.Session()
sm = sess.client("sagemaker")
sagemaker_session = sagemaker.Session(boto_session=sess)
role = get_execution_role()
client = boto3.client("sagemaker-runtime")

account_id_map = {
    'us-east-1': '785573368785',
    'us-west-2': '301217895009',
    'eu-central-1': '746233611703',
    'cn-north-1': '472730292857',
}
region = boto3.Session().region_name
if region not in account_id_map.keys():
    raise("UNSUPPORTED REGION")

base = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
triton_image_uri = "{account_id}.dkr.ecr.{region}.{base}/sagemaker-tritonserver:22.07-py3".format(
    account_id=account_id_map[region], region=region, base=base
)

model_uri = sagemaker_session.upload_data(path="model.tar.gz", key_prefix="triton-serve-trt")
