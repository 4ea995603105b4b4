#!/bin/bash
# 切换到 GLM 模型

export ANTHROPIC_BASE_URL=https://open.bigmodel.cn/api/anthropic
export ANTHROPIC_API_KEY=你的glm_api_key

echo "✅ 已切换到 GLM 模型"
echo "API 地址: $ANTHROPIC_BASE_URL"
