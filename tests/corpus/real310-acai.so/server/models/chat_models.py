available_models = [
    {
      "alias": "open-hermes-2.5",
      "base_url": "http://192.168.4.192:8080/v1",
      "model_name": "open-hermes-2.5",
      "openai_api_key": "sk-xxx"
    },
    {
      "alias": "gpt-4",
      "base_url": "https://api.openai.com/v1",
      "model_name": "gpt-4",
      "openai_api_key": "sk-xxx"
    }
  ]

model_mapping = {
    "open-hermes-2.5": {
      "base_url": "http://192.168.4.192:8080/v1",
      "model_name": "open-hermes-2.5",
      "openai_api_key": "sk-xxx"
    },
    "gpt-4": {
      "base_url": "https://api.openai.com/v1",
      "model_name": "gpt-4",
      "openai_api_key": "sk-xxx"
    }
}
