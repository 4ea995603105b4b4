#!/usr/bin/env bash
#
# Ollama Setup Script for ai-docs-bot
#
# Usage:
#   ./scripts/ollama-setup.sh [install|pull|start|stop|status|test|setup]
#
# Environment Variables:
#   OLLAMA_MODEL      - Model to pull/use (default: llama3.2)
#   OLLAMA_BASE_URL   - Ollama API URL (default: http://localhost:11434)
#

set -e

OLLAMA_MODEL="${OLLAMA_MODEL:-llama3.2}"
OLLAMA_BASE_URL="${OLLAMA_BASE_URL:-http://localhost:11434}"

GREEN='\033[0;32m'
RED='\033[0;31m'
NC='\033[0m'

log_info()  { echo -e "${GREEN}[INFO]${NC} $1"; }
log_error() { echo -e "${RED}[ERROR]${NC} $1"; }

is_ollama_installed() { command -v ollama &> /dev/null; }
is_ollama_running()   { curl -s "${OLLAMA_BASE_URL}/api/tags" > /dev/null 2>&1; }

cmd_install() {
    if is_ollama_installed; then
        return 0
    fi
    curl -fsSL https://ollama.com/install.sh | sh
}

cmd_start() {
    is_ollama_running && return 0
    nohup ollama serve > /tmp/ollama.log 2>&1 &
    for i in {1..30}; do
        is_ollama_running && return 0
        sleep 1
    done
    log_error "Ollama server failed to start. Check /tmp/ollama.log for details."
    exit 1
}

cmd_pull() {
    log_info "Pulling model: ${OLLAMA_MODEL}..."
    is_ollama_running || cmd_start
    ollama pull "${OLLAMA_MODEL}"
}

cmd_test() {
    curl -s "${OLLAMA_BASE_URL}/api/generate" \
        -H "Content-Type: application/json" \
        -d "{\"model\": \"${OLLAMA_MODEL}\", \"prompt\": \"What is 2 + 2?\", \"stream\": false}"
}

cmd_setup() {
    cmd_install
    cmd_start
    cmd_pull
    echo "Add to your .env file:"
    echo "  LLM_PROVIDER=ollama"
    echo "  OLLAMA_MODEL=${OLLAMA_MODEL}"
    echo "  OLLAMA_BASE_URL=${OLLAMA_BASE_URL}"
}

case "${1:-setup}" in
    install) cmd_install ;;
    pull)    cmd_pull ;;
    start)   cmd_start ;;
    test)    cmd_test ;;
    setup)   cmd_setup ;;
    *) echo "Usage: $0 {install|pull|start|test|setup}"; exit 1 ;;
esac
