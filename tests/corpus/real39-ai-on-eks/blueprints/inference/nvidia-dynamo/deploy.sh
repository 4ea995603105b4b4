#!/bin/bash
#---------------------------------------------------------------
# Build and deploy an NVIDIA Dynamo inference graph
# Usage: ./deploy.sh [example_name]   e.g. ./deploy.sh llm
#---------------------------------------------------------------
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENV_FILE="${SCRIPT_DIR}/dynamo_env.sh"

info()  { echo -e "[INFO] $1"; }
error() { echo -e "[ERROR] $1"; }

if [ -f "${ENV_FILE}" ]; then
    source "${ENV_FILE}"
else
    error "Environment file not found: ${ENV_FILE}"
    error "Run the infrastructure installation first: infra/nvidia-dynamo/install.sh"
    exit 1
fi

source "${SCRIPT_DIR}/dynamo_venv/bin/activate"

EXAMPLES_DIR="${SCRIPT_DIR}/dynamo/examples"
EXAMPLE_NAME="${1:-llm}"
EXAMPLE_DIR="${EXAMPLES_DIR}/${EXAMPLE_NAME}"
cd "${EXAMPLE_DIR}"

export DOCKER_DEFAULT_PLATFORM=linux/amd64

if [ -f "service.py" ]; then
    if [ -z "${DYNAMO_IMAGE:-}" ]; then
        info "Build a base image first:"
        info "  ./build-base-image.sh vllm --push"
        info "  export DYNAMO_IMAGE=\${AWS_ACCOUNT_ID}.dkr.ecr.\${AWS_REGION}.amazonaws.com/dynamo-base:latest-vllm"
    fi
    BUILD_OUTPUT=$(dynamo build service.py 2>&1)
    SERVICE_TAG=$(echo "${BUILD_OUTPUT}" | grep -o "dynamo-[a-zA-Z0-9-]*:[a-zA-Z0-9-]*" | head -1)
fi

aws eks update-kubeconfig --region ${AWS_REGION} --name ${CLUSTER_NAME}

if [ -f deployment.yaml ]; then
    kubectl apply -f deployment.yaml -n ${NAMESPACE}
else
    dynamo deploy "${SERVICE_TAG}" --namespace ${NAMESPACE}
fi

SERVICE_NAME=$(kubectl get services -n ${NAMESPACE} -o name | grep -i ${EXAMPLE_NAME} | head -1 | cut -d'/' -f2)
echo "  kubectl port-forward service/${SERVICE_NAME} 8000:8000 -n ${NAMESPACE}"
echo "Next: ./test.sh ${EXAMPLE_NAME}"
