import os

import dotenv
import sagemaker
from sagemaker.huggingface import HuggingFace

dotenv.load_dotenv()

sagemaker_session = sagemaker.Session()

## iam role with sagemaker permissions
role = os.getenv('ARN')

hyperparameters = {
    'epochs': 3,
    'batch_size': 16,
    'learning_rate': 2e-5
}

## huggingface estimator, output_path set to the s3 bucket
huggingface_estimator = HuggingFace(
    entry_point='training.py',
    source_dir='.',
    instance_type='ml.p3.2xlarge',
    instance_count=1,
    role=role,
    transformers_version='4.46.3',
    pytorch_version='2.5.1',
    py_version='py310',
    hyperparameters=hyperparameters,
    output_path='s3://hate-detection'
)

training_data_uri = 's3://hate-detection/data'

huggingface_estimator.fit({'train': training_data_uri})
