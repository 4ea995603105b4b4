#!/bin/bash

# Text Generation Inference (TGI) backend adapter
# Usage: ./deploy.sh --model MODEL --namespace NS --streaming BOOL

set -euo pipefail

MODEL=""
NAMESPACE="ml-prod"
STREAMING="false"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) MODEL="$2"; shift 2;;
    --namespace) NAMESPACE="$2"; shift 2;;
    --streaming) STREAMING="$2"; shift 2;;
    *) echo "Unknown arg: $1" >&2; exit 1;;
  esac
done

if [[ -z "$MODEL" ]]; then
  echo "ERROR: --model required" >&2
  exit 1
fi

SERVICE_NAME="$MODEL-tgi"

# TGI InferenceService
cat <<EOF | kubectl apply -f -
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: $SERVICE_NAME
  namespace: $NAMESPACE
  annotations:
    serving.kserve.io/deploymentMode: Serverless
    autoscaling.knative.dev/class: kpa.autoscaling.knative.dev
    autoscaling.knative.dev/target: "10"
spec:
  predictor:
    containers:
    - name: kserve-container
      image: ghcr.io/huggingface/text-generation-inference:1.4.0
      resources:
        limits:
          nvidia.com/gpu: "1"
          memory: "16Gi"
      env:
        - name: MODEL_ID
          value: "microsoft/DialoGPT-medium"
        - name: NUM_SHARD
          value: "1"
        - name: MAX_INPUT_LENGTH
          value: "2048"
        - name: MAX_TOTAL_TOKENS
          value: "2560"
EOF

echo "TGI deployment submitted: $SERVICE_NAME ($NAMESPACE, streaming=$STREAMING)"
