#####################################################################
# Example only: reference the module from your own root module
# instead of copying this file as is.
#####################################################################
variable "region" {
  type        = string
  description = "Region the endpoint is deployed to"
  default     = "us-east-1"
}

provider "aws" {
  region = var.region
}

module "sagemaker-endpoint" {
  source        = "../.."
  endpoint_name = "mistralendpoint"
  containers = [{
    image_uri = "763104351884.dkr.ecr.${var.region}.amazonaws.com/huggingface-pytorch-tgi-inference:2.0.1-tgi1.1.0-gpu-py39-cu118-ubuntu20.04"
    environment = {
      "SM_NUM_GPUS"      = 1
      "MAX_INPUT_LENGTH" = 2048
      "MAX_TOTAL_TOKENS" = 4096
      "HF_API_TOKEN"     = "XXX"
    }
  }]
  production_variant = {
    variant_name  = "AllTraffic"
    instance_type = "ml.g5.2xl"
  }
  #checkov:skip=CKV_AWS_370:weights are pulled from the Hub at start-up
  enable_network_isolation = false
}
