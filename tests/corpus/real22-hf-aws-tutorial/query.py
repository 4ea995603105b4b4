import json

import boto3
import botocore.session

sagemaker_client = boto3.client('sagemaker')

##### CHANGE YOUR ENDPOINT NAME HERE #####
endpoint_name = 'huggingface-inference-endpoint-2'

response = sagemaker_client.describe_endpoint(EndpointName=endpoint_name)
prompt = input("Enter a prompt: ")
payload = json.dumps({"inputs": prompt})

session = botocore.session.get_session()
runtime = session.create_client('sagemaker-runtime', config=botocore.client.Config(connect_timeout=5, read_timeout=300))

print("Sending request to endpoint...")
response = runtime.invoke_endpoint(
    EndpointName=endpoint_name,
    Body=payload,
    ContentType='application/json',  # Adjust content type based on your model's requirements
)
with open('response.txt', 'w') as f:
    f.write(response['Body'].read().decode('utf-8'))
