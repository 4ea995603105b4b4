#!/usr/bin/env bash
set -e

HERE=$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )

endpoint=$1
users=${2:-5}          # concurrent users
duration=${3:-60}      # seconds
prompt_lines=${4:-18}  # ~85 tokens per line
tokens=${5:-250}       # output tokens

suffix=$(date +%Y%m%d%H%M%S)-${users}-users-${duration}-s

locust --headless \
       --host ${endpoint} \
       -f benchmark/locust_client.py \
       --only-summary \
       --csv ${endpoint}-${suffix}.csv \
       --u ${users} \
       --run-time ${duration} \
       --prompt-file ${HERE}/alice.txt \
       --average-prompt-lines ${prompt_lines} \
       --average-output-tokens ${tokens}

python ${HERE}/benchmark_summary.py \
       --prefix ${endpoint}- \
       --summary_file ${endpoint}_summary.csv
