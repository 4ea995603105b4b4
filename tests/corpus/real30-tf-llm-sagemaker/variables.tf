variable "endpoint_name_prefix" {
  description = "Prefix for the name of the SageMaker endpoint"
  type        = string
}

variable "llm_container" {
  description = "URI of the Docker image containing the model"
  type        = string
  default     = null
}

variable "hf_model_id" {
  description = "The Hugging Face model ID to deploy"
  type        = string
}

variable "hf_token" {
  description = "The Hugging Face API token"
  type        = string
  default     = null
  sensitive   = true
}

variable "tgi_config" {
  description = "The configuration for the TGI model"
  type = object({
    max_input_tokens       = number
    max_total_tokens       = number
    max_batch_total_tokens = number
  })
  default = {
    max_input_tokens       = 2048
    max_total_tokens       = 4096
    max_batch_total_tokens = 8192
  }
}

variable "instance_type" {
  description = "The EC2 instance type to deploy this Model to. For example, `ml.g5.xlarge`."
  type        = string
  default     = null

  validation {
    condition     = contains(["ml.g5.xlarge", "ml.g5.2xlarge", "ml.g5.12xlarge", "ml.g6.xlarge", "ml.p4d.24xlarge"], var.instance_type)
    error_message = "Valid values for instance_type are ml.g5.xlarge, ml.g5.2xlarge, ml.g5.12xlarge, ml.g6.xlarge, ml.p4d.24xlarge"
  }
}

variable "instance_count" {
  description = "The initial number of instances to run in the Endpoint. Defaults to 1."
  type        = number
  default     = 1
}
