#!/usr/bin/env bash

# SPDX-License-Identifier: MIT
# Copyright (c) 2026, Advanced Micro Devices, Inc. All rights reserved.

# start_vllm.sh - start (or restart) the vLLM OpenAI-compatible server as a
# long-lived Docker container, then sanity-check the API from the host and
# from the isolated Docker network.
#
# Environment overrides:
#   VLLM_GPUS   comma-separated GPU IDs for vLLM (default: the GPUs of the
#               existing vLLM container, if any, otherwise resolved by
#               device.sh). If the existing container was created with other
#               GPUs, it is recreated.
#   DEV_GPUS    comma-separated GPU IDs for the dev container
#               (default: the GPUs of the dev container, if it exists,
#               otherwise resolved by device.sh)
#   VLLM_IMAGE  container image (default: vllm/vllm-openai-rocm:latest,
#               see vllm.sh)
#
# CLI arguments: see the usage() function below (also printed by --help).
#
# Requires: docker, curl, and jq, plus the requirements of device_init
# (rocm-smi, awk).

set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "${script_dir}/common.sh"
source "${script_dir}/docker.sh"
source "${script_dir}/model.sh"
source "${script_dir}/device.sh"
source "${script_dir}/vllm.sh"
source "${script_dir}/dev.sh"

usage() {
    cat <<EOF
Usage: $0 [OPTIONS]

Start (or restart) the vLLM OpenAI-compatible server as a long-lived Docker
container, then sanity-check the API from the host and from the isolated
Docker network.

Options:
  -m, --model-dir DIR    model directory (default: ${DEFAULT_MODEL_DIR})
  -v, --vllm-container NAME
                         vLLM container name (default: <user>_vllm)
  -d, --dev-container NAME
                         dev container whose GPUs are reserved
                         (default: <user>_dev)
  -n, --network NAME     Docker network name (default: <user>_llm_net)
  -p, --port PORT        port for the vLLM server, on the host and in the
                         container (default: ${DEFAULT_VLLM_PORT})
  -C, --cache-dir DIR    host directory for the vLLM cache (default: ~/vllm_cache)
  -t, --timeout SECONDS  seconds to wait for vLLM to become ready (default: 600)
  -h, --help             print this help and exit
EOF
}

# Parse the CLI arguments, setting the globals model_dir, vllm_port,
# vllm_name, dev_name, llm_net, vllm_cache, and vllm_timeout. All but
# model_dir stay empty when not given; main fills vllm_name and dev_name,
# and resolve_config the others, with the defaults.
parse_args() {
    model_dir="${DEFAULT_MODEL_DIR}"
    vllm_port=""
    vllm_name=""
    dev_name=""
    llm_net=""
    vllm_cache=""
    vllm_timeout=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            -m|--model-dir)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                model_dir="$2"
                shift 2
                ;;
            -v|--vllm-container)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                vllm_name="$2"
                shift 2
                ;;
            -d|--dev-container)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                dev_name="$2"
                shift 2
                ;;
            -n|--network)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                llm_net="$2"
                shift 2
                ;;
            -p|--port)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                vllm_port="$2"
                shift 2
                ;;
            -C|--cache-dir)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                vllm_cache="$2"
                shift 2
                ;;
            -t|--timeout)
                [[ $# -ge 2 ]] || die "The option ${1} requires a value."
                vllm_timeout="$2"
                shift 2
                ;;
            -h|--help)
                usage
                exit 0
                ;;
            *)
                echo "error: Invalid option: ${1}." >&2
                usage >&2
                exit 1
                ;;
        esac
    done
}

# Resolve the runtime configuration: fill the unset CLI values (llm_net,
# vllm_cache, vllm_timeout) with the defaults from vllm.sh, create the cache
# directory, resolve and validate the port and the startup timeout, and
# derive the tensor parallelism from the GPU partition. Sets the globals
# vllm_port and vllm_tp.
resolve_config() {
    local -a vllm_gpu_list=()

    llm_net="${llm_net:-${DEFAULT_LLM_NET}}"
    vllm_cache="${vllm_cache:-${DEFAULT_VLLM_CACHE}}"
    vllm_cache="$(abs_path "${vllm_cache}")"
    vllm_timeout="${vllm_timeout:-${DEFAULT_VLLM_STARTUP_TIMEOUT}}"

    mkdir --parents "${vllm_cache}"

    vllm_port="$(resolve_vllm_port "${vllm_port}")"

    vllm_timeout="$(check_positive_int "startup timeout" "${vllm_timeout}")"

    [[ -n "${VLLM_GPUS}" ]] \
        || die "No GPUs are left for vLLM (dev GPUs: <${DEV_GPUS}>). Set VLLM_GPUS, or give the dev container fewer GPUs."
    IFS=',' read -r -a vllm_gpu_list <<< "${VLLM_GPUS}"
    vllm_tp=${#vllm_gpu_list[@]}
    echo "vLLM GPUs: <${VLLM_GPUS}> (tensor parallelism: ${vllm_tp})."

    # Power-of-2 test: n & (n - 1) clears the lowest set bit of n, so the
    # result is 0 iff n has exactly one bit set (n > 0 is required, as
    # 0 & -1 is also 0).
    (( vllm_tp > 0 && (vllm_tp & (vllm_tp - 1)) == 0 )) \
        || die "Tensor parallelism ${vllm_tp} (vLLM GPUs: <${VLLM_GPUS}>) is not supported. It must be a power of 2. Set VLLM_GPUS to 1, 2, 4, or 8 GPU IDs."
}

# If VLLM_GPUS is not set and the given vLLM container exists, reuse the GPUs
# it was created with, so restarting it does not depend on how the remaining
# GPUs would be split today.
reuse_vllm_gpus() {
    local vllm_name=$1
    local gpus
    [[ -z "${VLLM_GPUS:-}" ]] || return 0
    gpus="$(container_gpus "${vllm_name}")"
    if [[ -n "${gpus}" ]]; then
        VLLM_GPUS="${gpus}"
        echo "Reusing the GPUs of the existing vLLM container <${vllm_name}>: <${gpus}>."
    fi
}

# If DEV_GPUS is not set and the dev container exists, reserve its GPUs as
# DEV_GPUS, so device_init gives vLLM only GPUs the dev container does not
# use (and dies if VLLM_GPUS overlaps them). A missing dev container is not
# an error: no GPUs are reserved.
reserve_dev_gpus() {
    local dev_name=$1
    local gpus
    [[ -z "${DEV_GPUS:-}" ]] || return 0
    if [[ -z "$(container_state "${dev_name}")" ]]; then
        echo "The dev container <${dev_name}> was not found. No GPUs are reserved for it."
        return 0
    fi
    gpus="$(container_gpus "${dev_name}")"
    if [[ -n "${gpus}" ]]; then
        DEV_GPUS="${gpus}"
        echo "Reserving the GPUs of the dev container <${dev_name}>: <${gpus}>."
    else
        echo "WARNING: The dev container <${dev_name}> sees every GPU. vLLM will share GPUs with it." >&2
    fi
}

# Create the vLLM container from scratch on the given network, mounting the
# given cache directory.
create_container() {
    local name=$1 net=$2 cache_dir=$3
    local -a docker_args=(
        # Container
        --detach
        --name "${name}"
        # Networking
        --network "${net}"
        --network-alias vllm
        --publish "127.0.0.1:${vllm_port}:${vllm_port}"
    )
    # Devices, resources, and security
    docker_gpu_args docker_args "${VLLM_GPUS}"
    # User
    docker_host_user_args docker_args
    docker_args+=(
        # Environment
        --env "VLLM_ROCM_USE_AITER=1"
        --env "SAFETENSORS_FAST_GPU=1"
        # Storage
        --volume "${model_dir}:/model:ro"
        --volume "${cache_dir}:/tmp/.cache/vllm"
    )

    docker run "${docker_args[@]}" \
        "${DEFAULT_VLLM_IMAGE}" \
        --port "${vllm_port}" \
        --model /model \
        --served-model-name "${MODEL_NAME}" \
        --tensor-parallel-size "${vllm_tp}" \
        --max-model-len auto \
        --gpu-memory-utilization 0.95 \
        --enable-auto-tool-choice \
        --enable-prefix-caching \
        "${MODEL_ARGS[@]}"
}
