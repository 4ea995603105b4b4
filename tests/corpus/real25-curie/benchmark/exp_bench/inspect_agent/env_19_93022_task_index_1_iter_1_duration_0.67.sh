
export CODE_DIR=/home/code
export AGENT_DIR=/home/agent
export WORKSPACE_BASE=/home/paper
export MAX_TIME_IN_HOURS=0.67
export DISALLOW_SUBMIT=False
export ITERATIVE_AGENT=True
export PROMPT_FILE_PATH=19_93022_task_index_1_iter_1_duration_0.67_agent_prompt.txt

# Azure OPENAI API key setup example:
# set your model
export MODEL="openai/o3-mini"
# set up your API key credential
export AZURE_API_KEY="<your-azure-key>"
export AZURE_API_BASE="https://api.example-university.edu/azure-openai-api"
export AZURE_API_VERSION="2024-06-01"
export ORGANIZATION='014482'
export MODEL=openai/o3-mini
export AZUREAI_OPENAI_API_KEY=<your-azure-key>
export AZUREAI_OPENAI_API_BASE=https://api.example-university.edu/azure-openai-api
export AZUREAI_OPENAI_API_VERSION=2024-06-01
export OPENAI_API_KEY=$AZUREAI_OPENAI_API_KEY
export OPENAI_API_BASE=$AZUREAI_OPENAI_API_BASE
export OPENAI_API_VERSION=$AZUREAI_OPENAI_API_VERSION
