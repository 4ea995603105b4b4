export PYTHONPATH=$(pwd)

# point --dataset at a file shaped like pairwise_test.json / non_pairwise_test.json from the sample folder
# non-pairwise data: add --cls_based to score classification probability
python eval/batch_inference_rm_qwen.py \
--pretrain Qwen/Qwen2.5-VL-7B-Instruct \
--pm_path model-path \
--dataset data/sample_test/pairwise_sample.json \
--max_samples 500000 \
--micro_batch_size 1 \
--is_custom_dataset
