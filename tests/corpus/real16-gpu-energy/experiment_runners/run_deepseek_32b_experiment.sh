#!/bin/bash
# Energy-tuning sweep for one model script under the DEPO profiler.

if ! command -v yq &> /dev/null; then
    wget https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64 -O /usr/bin/yq
    chmod +x /usr/bin/yq
fi

../prepare_depo.sh
pip install vllm==0.8.4
export CUDA_VISIBLE_DEVICES=0
INJECTION_PATH="$(cd ../.. && pwd)/split/profiling_injection/libinjection_2.so"

model="v_deepseek_32b"
model_script="../model_scripts/${model}.sh"
metrics=("--en" "--edp" "--eds")

[ -x "$model_script" ] || { echo "missing $model_script"; exit 1; }
"$model_script" > /dev/null 2>&1   # warm-up / download

baseline_dir="none_tuning_${model}"
mkdir -p "$baseline_dir"
yq e -i ".msTestPhasePeriod = 6400" config.yaml
yq e -i ".repeatTuningPeriodInSec = 0" config.yaml
START=$(date +%s)
CUDA_INJECTION64_PATH=$INJECTION_PATH ../../split/build/apps/DEPO/DEPO --no-tuning --gpu 1 "$model_script" > "$baseline_dir/EP_stdout" 2>/dev/null
periodic_time=$(( ($(date +%s) - START) / 6 ))
[ "$periodic_time" -lt 1 ] && periodic_time=1

yq e -i ".msTestPhasePeriod = 12800" config.yaml
out_dir="${model}_experiments"
mkdir -p "$out_dir" && mv "$baseline_dir" "$out_dir/"

for i in 0 1 2; do
  for wait_phase in 0 1; do
    yq e -i ".targetMetric = $i" config.yaml
    yq e -i ".repeatTuningPeriodInSec = $periodic_time" config.yaml
    yq e -i ".doWaitPhase = $wait_phase" config.yaml
    run_dir="${out_dir}/exp_${metrics[$i]##--}_wait${wait_phase}"
    mkdir -p "$run_dir"
    rm -rf gpu_experiment_* kernels_count redirected.txt
    CUDA_INJECTION64_PATH=$INJECTION_PATH ../../split/build/apps/DEPO/DEPO ${metrics[$i]} --gss --gpu 1 "$model_script"
    compgen -G "gpu_experiment_*" > /dev/null && mv gpu_experiment_* "$run_dir/"
    cp config.yaml "$run_dir/"
  done
done

mkdir -p deepseek_32b_experiments_results && mv "$out_dir" deepseek_32b_experiments_results/
yq e -i ".msTestPhasePeriod = 6400" config.yaml
