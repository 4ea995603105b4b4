#!/bin/bash
# Inference Script for Diffusion Policy (Standalone)
# Evaluation dataset will be pushed to: {username}/eval_{policy}-{robot}-{task}
# Example: jliu6718/eval_diffusion-so101-place_brick

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
CHECKPOINT="jliu6718/diffusion-so101-place_brick"
ROBOT_PORT="/dev/ttyACM0"
ROBOT_ID="my_follower"
CAMERA_CONFIG="${PROJECT_ROOT}/config/camera.toml"
FPS="30"
USERNAME="jliu6718"
POLICY_TYPE="diffusion"
ROBOT_TYPE="so101"
TASK="place_brick"
DATA_ROOT="${PROJECT_ROOT}/data"
PUSH_TO_HUB=true
DISPLAY_VIDEO=false
NUM_EPISODES="1"
EPISODE_TIME="60"
RESET_TIME="60"

# Print banner
print_banner() {
    echo -e "${CYAN}"
    echo "╔═══════════════════════════════════════════════════════════╗"
    echo "║     Diffusion Policy - Standalone Inference Script        ║"
    echo "╚═══════════════════════════════════════════════════════════╝"
    echo -e "${NC}"
}

# Print usage
print_usage() {
    echo -e "${BLUE}Usage:${NC} $0 [OPTIONS]"
    echo ""
    echo -e "${BLUE}Options:${NC}"
    echo "  -h, --help              Show this help message"
    echo "  --dry-run               Show configuration without running"
    echo "  --task TASK             Task name (default: place_brick)"
    echo "  --checkpoint MODEL      Model checkpoint (default: jliu6718/diffusion-so101-place_brick)"
    echo "  --robot-port PORT       Robot serial port (default: /dev/ttyACM0)"
    echo "  --robot-id ID           Robot ID (default: my_follower)"
    echo "  --camera-config PATH    Camera config TOML file (default: config/camera.toml)"
    echo "  --fps FPS               Inference FPS (default: 30)"
    echo "  --username USER         HuggingFace username (default: jliu6718)"
    echo "  --policy-type TYPE      Policy type (default: diffusion)"
    echo "  --robot-type TYPE       Robot type (default: so101)"
    echo "  --data-root DIR         Data storage root (default: \$PROJECT_ROOT/data)"
    echo "  --push-to-hub           Push evaluation to HuggingFace Hub (default)"
    echo "  --no-push-to-hub        Don't push to HuggingFace Hub"
    echo "  --display-video         Display video feed"
    echo "  --episode N        Number of episodes to run (default: 10)"
    echo "  --episode-time SECS     Episode duration in seconds (default: 60)"
    echo "  --reset-time SECS       Reset time between episodes (default: 60)"
    echo ""
    echo -e "${BLUE}Examples:${NC}"
    echo "  $0 --checkpoint myuser/diffusion-so101-pick_cube --task pick_cube"
    echo "  $0 --episode 5 --episode-time 30"
}

# Print configuration
print_config() {
    echo -e "${BLUE}Configuration:${NC}"
    echo -e "  ${YELLOW}Project Root:${NC}    ${PROJECT_ROOT}"
    echo -e "  ${YELLOW}Data Root:${NC}       ${DATA_ROOT}"
    echo ""
    echo -e "${BLUE}Model Configuration:${NC}"
    echo -e "  ${YELLOW}Checkpoint:${NC}      ${CHECKPOINT}"
    echo -e "  ${YELLOW}Policy Type:${NC}     ${POLICY_TYPE}"
    echo ""
