export OPENAI_RESOURCE_NAME="your_azure_openai_resource_name"
export SPRING_AI_AZURE_OPENAI_ENDPOINT="your_azure_openai_endpoint"
export SPRING_AI_AZURE_OPENAI_API_KEY="your_api_key"
export SPRING_AI_AZURE_OPENAI_MODEL="gpt-35-turbo-16k"
export SPRING_AI_AZURE_OPENAI_EMBEDDINGMODEL="text-embedding-ada-002"

export AI_APP="assist-service"
