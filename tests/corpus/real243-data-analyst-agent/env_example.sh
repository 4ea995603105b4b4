# Data Analyst Agent Configuration
# Copy this file to .env and fill in your values

# OpenAI API Configuration
OPENAI_API_KEY=<REDACTED_OPENAI_API_KEY>

# Flask Configuration
FLASK_ENV=production
FLASK_DEBUG=False

# Server Configuration
PORT=5000
HOST=0.0.0.0
WORKERS=2
TIMEOUT=300

# Optional: Database Configuration
# DATABASE_URL=your_database_url_here

# Optional: AWS Configuration (for DuckDB S3 queries)
# AWS_ACCESS_KEY_ID=your_aws_access_key
# AWS_SECRET_ACCESS_KEY=your_aws_secret_key
# AWS_DEFAULT_REGION=us-east-1