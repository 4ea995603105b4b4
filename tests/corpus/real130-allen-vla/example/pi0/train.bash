#!/bin/bash
# Training Script for PI0 Policy
# Dataset/Model repo ID format: {username}/{policy}-{robot}-{task}
# Example: jliu6718/pi0-so101-place_brick

set -e

# Colors for output
RED='\033[0;31m'
GREEN='\033[0;32m'
YELLOW='\033[1;33m'
BLUE='\033[0;34m'
CYAN='\033[0;36m'
NC='\033[0m' # No Color

# Script paths
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_ROOT="$(dirname "$(dirname "$SCRIPT_DIR")")"

# Default configuration
REPO_ID="jliu6718/pi0-so101-place_brick"
OUTPUT_DIR="${PROJECT_ROOT}/model"
BATCH_SIZE="8"
STEPS="10000"
SEED="42"
PUSH_TO_HUB=true
RESUME=""
DEVICE="cuda"
TASK=""
FORCE_REDOWNLOAD=true

# PI0-specific defaults
PALIGEMMA_VARIANT="gemma_2b"
ACTION_EXPERT_VARIANT="gemma_300m"
DTYPE="float32"
GRADIENT_CHECKPOINTING=false

# Print banner
print_banner() {
    echo -e "${CYAN}"
    echo "╔═══════════════════════════════════════════════════════════╗"
    echo "║             PI0 Policy - Training Script                  ║"
    echo "╚═══════════════════════════════════════════════════════════╝"
    echo -e "${NC}"
}

# Print usage
print_usage() {
    echo -e "${BLUE}Usage:${NC} $0 [OPTIONS]"
    echo ""
    echo -e "${BLUE}Options:${NC}"
    echo "  -h, --help                   Show this help message"
    echo "  --dry-run                    Show configuration without running"
    echo "  --task TASK                  Task name (updates repo ID suffix)"
    echo "  --repo-id ID                 Dataset/Model repo ID (default: jliu6718/pi0-so101-place_brick)"
    echo "  --output-dir DIR             Output directory for checkpoints (default: \$PROJECT_ROOT/model)"
    echo "  --batch-size N               Training batch size (default: 8)"
    echo "  --steps N                    Number of training steps (default: 10000)"
    echo "  --seed N                     Random seed (default: 42)"
    echo "  --push-to-hub                Push model to HuggingFace Hub (default)"
    echo "  --no-push-to-hub             Don't push to HuggingFace Hub"
    echo "  --resume PATH                Resume from checkpoint"
    echo "  --device DEVICE              Compute device: cuda, cpu, mps (default: cuda)"
    echo "  --force-redownload           Force re-download dataset (default)"
    echo "  --no-force-redownload        Don't force re-download dataset"
    echo ""
    echo -e "${BLUE}PI0-specific Options:${NC}"
    echo "  --paligemma-variant VARIANT  PaliGemma variant: gemma_300m, gemma_2b (default: gemma_2b)"
    echo "  --action-expert-variant VAR  Action expert variant: gemma_300m, gemma_2b (default: gemma_300m)"
    echo "  --dtype TYPE                 Data type: bfloat16, float32 (default: float32)"
    echo "  --gradient-checkpointing     Enable gradient checkpointing"
    echo ""
    echo -e "${BLUE}Examples:${NC}"
    echo "  $0 --repo-id myuser/pi0-so101-pick_cube --steps 20000"
    echo "  $0 --task pick_cube"
    echo "  $0 --gradient-checkpointing --dtype bfloat16"
    echo ""
    echo -e "${BLUE}Resume Training:${NC}"
    echo "  $0 --resume /path/to/checkpoint"
}

# Print configuration
print_config() {
    echo -e "${BLUE}Configuration:${NC}"
    echo -e "  ${YELLOW}Project Root:${NC}    ${PROJECT_ROOT}"
    echo -e "  ${YELLOW}Output Dir:${NC}      ${OUTPUT_DIR}"
    echo ""
    echo -e "${BLUE}Dataset/Model:${NC}"
    echo -e "  ${YELLOW}Repo ID:${NC}         ${REPO_ID}"
    echo -e "  ${YELLOW}Push to Hub:${NC}     ${PUSH_TO_HUB}"
    echo -e "  ${YELLOW}Force Redownload:${NC} ${FORCE_REDOWNLOAD}"
    echo ""
