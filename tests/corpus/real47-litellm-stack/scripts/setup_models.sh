#!/bin/bash
# setup_models.sh - PC 사양에 따른 자동 모델 설정

set -e

echo "LiteLLM 모델 자동 설정"

# VRAM 확인 (nvidia-smi 필요)
if command -v nvidia-smi &> /dev/null; then
    VRAM_MB=$(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | head -1)
    VRAM_GB=$((VRAM_MB / 1024))
    echo "✓ GPU 감지: ${VRAM_GB}GB VRAM"
else
    VRAM_GB=0
    echo "⚠ GPU 미감지 (CPU 모드)"
fi

echo "[1/3] Docker Compose 스택 시작 중..."
docker compose up -d
sleep 5

echo "[2/3] 모델 다운로드 중..."

# 기본 모델 (항상)
docker exec ollama ollama pull tinyllama

# 사양별 모델
if [ "$VRAM_GB" -ge 16 ]; then
    echo "  ✓ 고사양 PC 감지 (${VRAM_GB}GB VRAM)"
    echo "  - gpt-oss:20b 다운로드 중 (~11GB, 약 10분 소요)..."
    docker exec ollama ollama pull gpt-oss:20b

    docker exec ollama ollama pull bge-m3:latest

    # 사전 로드
    docker exec ollama ollama run gpt-oss:20b "테스트" > /dev/null 2>&1 || true

    MODELS="tinyllama, gpt-oss-20b, bge-m3"
else
    echo "  ✓ 저사양 PC 감지 (${VRAM_GB}GB VRAM)"
    MODELS="tinyllama"
fi

echo "[3/3] 설정 확인 중..."
if curl -f http://localhost:4444/health/liveliness > /dev/null 2>&1; then
    echo "✓ LiteLLM 프록시 정상"
else
    echo "✗ LiteLLM 프록시 응답 없음"
    exit 1
fi

echo "✓ 사용 가능한 모델: ${MODELS}"
echo "  curl http://localhost:4444/v1/chat/completions \\"
echo "    -H \"Authorization: Bearer sk-4444\" \\"
echo "    -d '{\"model\": \"tinyllama\", \"messages\": [{\"role\": \"user\", \"content\": \"안녕?\"}]}'"
