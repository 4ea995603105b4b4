#!/bin/bash
#
# Shadeform automated training script for LanBot midtraining
#
# This script runs automatically on instance startup via Shadeform's
# launch_configuration. It downloads checkpoints, runs midtraining,
# and uploads results before auto-delete kicks in.
#
# Usage: Base64 encode this script and pass to Shadeform API
#   SCRIPT_B64=$(base64 -i scripts/shadeform_train.sh)
#
set -e

# ============================================================================
# CONFIGURATION - Edit these before running
# ============================================================================

# HuggingFace Hub settings (recommended for checkpoint storage)
HF_REPO="gkobilansky/lanbot-checkpoints"  # Your HF repo for checkpoints
HF_TOKEN="${HF_TOKEN:-}"                   # Set via Shadeform envs or here

# GitHub repo
GITHUB_REPO="https://github.com/gkobilansky/lansky-chat.git"
GITHUB_BRANCH="master"

# Training settings
RUN_NAME="lanbot-v2"
# Batch size will be auto-detected based on GPU type
# B200 (192GB): 64, H100 (80GB): 32, A100 (40/80GB): 16-32
DEVICE_BATCH_SIZE="${DEVICE_BATCH_SIZE:-auto}"

# WandB (optional)
WANDB_PROJECT="${WANDB_PROJECT:-lanbot}"
WANDB_API_KEY="${WANDB_API_KEY:-}"

# Shadeform self-destruct (set via launch script envs)
SHADEFORM_API_KEY="${SHADEFORM_API_KEY:-}"
INSTANCE_NAME="${INSTANCE_NAME:-}"
