# OpenAI key: https://platform.openai.com
# Provider options: openai, anthropic
# Model options: gpt-4o, gpt-4o-mini, claude-3-5-sonnet-20241022
PROVIDER=openai
MODEL_API_KEY=
MODEL=gpt-4o-mini

PROMETHEUS_URL=http://34.123.158.139:9090

# Tavily key, or leave empty to turn the tool off
TAVILY_API_KEY=

GRAPH_RECURSION_LIMIT=5

LANGSMITH_TRACING=false
LANGCHAIN_VERBOSE=false
LANGSMITH_API_KEY=
LANGSMITH_ENDPOINT="https://api.smith.langchain.com"
LANGSMITH_PROJECT="ollychat"

SLACK_BOT_TOKEN=
SLACK_SIGNING_SECRET=
SLACK_APP_TOKEN=
PORT=3000

TELEMETRY=true

DEMO_EMAIL=
CLUSTER_NAME=ollychat-demo
REGION=us-central1
