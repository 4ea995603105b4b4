#! /bin/bash
# Shared helpers, sourced by evaluate_<model>.sh

run_task() {
  # skip when results already exist
  if [ -f $OUTPUT_DIR/$MODEL/$TASK ]; then
    echo "skip $MODEL / $TASK"
    return
  fi
  echo "eval $MODEL / $TASK"
  lm_eval \
    --model_args pretrained="$MODEL",dtype='bfloat16',parallelize=True \
    --apply_chat_template \
    --tasks $TASK \
    --batch_size $BATCH_SIZE \
    --output_path $OUTPUT_DIR/$MODEL/$TASK
}

evaluate_all_models() {
  for MODEL in ${MODELS[@]}; do
    for TASK in gsm8k_cot; do run_task; done                                   # math
    for TASK in m_mmlu_fr arc_fr hellaswag_fr m_mmlu_es arc_es hellaswag_es \
                m_mmlu_de arc_de hellaswag_de m_mmlu_ru arc_ru hellaswag_ru; do run_task; done  # multilingual
    for TASK in ifeval; do run_task; done                                      # instruction following
    for TASK in mbpp; do run_task; done                                        # coding
    for TASK in truthfulqa; do run_task; done                                  # safety
  done
}

OUTPUT_DIR="results/"
BATCH_SIZE=8
mkdir -p $OUTPUT_DIR
