# -----------------------------------------------------------------------------
# Asynchronous endpoint
# -----------------------------------------------------------------------------

provider "aws" {
  region  = "us-east-1"
  profile = "hf-sm"
}

# bucket for async inputs and outputs
resource "aws_s3_bucket" "async_bucket" {
  bucket = "async-inference-bucket"
}

module "huggingface_sagemaker" {
  source               = "../../"
  name_prefix          = "deploy-hub"
  pytorch_version      = "1.9.1"
  transformers_version = "4.12.3"
  instance_type        = "ml.g4dn.xlarge"
  hf_model_id          = "distilbert-base-uncased-finetuned-sst-2-english"
  hf_task              = "text-classification"
  async_config = {
    s3_output_path = "s3://async-inference-bucket/async-distilbert"
    # s3_failure_path = "s3://async-inference-bucket/failed-inference"
  }
  autoscaling = {
    min_capacity               = 0
    max_capacity               = 4
    scaling_target_invocations = 100
  }
}
