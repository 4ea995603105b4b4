model_name=$1 # model to test
# by default use gpt-3.5-turbo-0125 as ref_name
ref_name=${2:-"gpt-3.5-turbo-0125"} # model to compare
gpt_eval_name=${3:-"gpt-4-turbo-2024-04-09"} # evaluator name  # gpt-4-0125-preview
use_checklist=${4:-"True"}
num_shards=${5:-8} # shards

total_ex=1024

if [ "$use_checklist" = "True" ]; then
    echo "Using checklist"
    eval_template="evaluation/eval_template.md"
    eval_folder="evaluation/results_v2.0522/eval=${gpt_eval_name}/ref=${ref_name}/"
else
    echo "Not using checklist"
    eval_template="evaluation/eval_template.no_checklist.md"
    eval_folder="evaluation/results_v2.0522/eval=${gpt_eval_name}_woCL/ref=${ref_name}/"
fi

mkdir -p $eval_folder

if [ "$num_shards" -eq 1 ]; then
    eval_file="${eval_folder}/${model_name}.json"
    python src/eval.py \
        --action eval \
        --model $gpt_eval_name \
        --max_words_to_eval 1000 \
        --mode pairwise \
        --eval_template $eval_template \
        --target_model_name $model_name \
        --ref_model_name $ref_name \
        --eval_output_file $eval_file
else
    shard_size=$(($total_ex / $num_shards))
    echo "Using $num_shards shards of $shard_size"
    for ((start = 0, end = (($shard_size)), gpu = 0; gpu < $num_shards; start += $shard_size, end += $shard_size, gpu++)); do
        eval_file="${eval_folder}/${model_name}.$start-$end.json"
        python src/eval.py \
            --action eval \
            --model $gpt_eval_name \
            --mode pairwise \
            --eval_template $eval_template \
            --target_model_name $model_name \
            --ref_model_name $ref_name \
            --eval_output_file $eval_file \
            --start_idx $start --end_idx $end \
            &
    done
    wait
    python src/merge_results.py $eval_folder $model_name
fi

## V2
# bash evaluation/run_eval_v2.sh claude-3-haiku-20240307 gpt-4-turbo-2024-04-09
# bash evaluation/run_eval_v2.sh Meta-Llama-3-8B-Instruct gpt-4-turbo-2024-04-09
