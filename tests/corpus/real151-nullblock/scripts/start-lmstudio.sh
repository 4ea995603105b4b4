#!/bin/bash

# Bring up LM Studio

echo "🚀 Starting LM Studio..."
lms status

echo "📦 Loading Gemma3 270M..."
lms load gemma-3-270m-it-mlx -y

echo "🔧 Model is loaded, starting the API server..."
lms server start

echo "✅ LM Studio server is up."
echo "🚪 Closing this pane..."
exit
