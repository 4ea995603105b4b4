import os

# token for the Inference API, set as a Space secret
api_token = os.getenv("HF_TOKEN")
