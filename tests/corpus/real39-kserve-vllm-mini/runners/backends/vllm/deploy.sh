#!/bin/bash

# vLLM backend adapter
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

[[ -z "$MODEL" ]] && { echo "ERROR: --model required" >&2; exit 1; }

SERVICE_NAME="$MODEL-vllm"

cat << EOF | kubectl apply -f -
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: $SERVICE_NAME
  namespace: $NAMESPACE
  annotations:
    serving.kserve.io/deploymentMode: Serverless
spec:
  predictor:
    model:
      modelFormat:
        name: vllm
      runtime: kserve-vllmserver
      runtimeVersion: v0.12.1
      resources:
        limits:
          nvidia.com/gpu: "1"
          memory: "16Gi"
      env:
        - name: MODEL_NAME
          value: "microsoft/DialoGPT-medium"
        - name: TENSOR_PARALLEL_SIZE
          value: "1"
        - name: GPU_MEMORY_UTILIZATION
          value: "0.9"
        - name: MAX_MODEL_LEN
          value: "2048"
EOF

echo "vLLM deployment submitted: $SERVICE_NAME ($NAMESPACE, streaming=$STREAMING)"
