PROJECT_NAME = "utility-subset-417017"
# LOCATION = "us-central1"
LOCATION = "europe-west3"

MODEL_NAME = "gemini-1.0-pro-001"
# MODEL_NAME = "gemini-1.5-pro-preview-0409"

generation_config = {
    "max_output_tokens": 2048,
    "temperature": 0.9,
    "top_p": 1,
}
