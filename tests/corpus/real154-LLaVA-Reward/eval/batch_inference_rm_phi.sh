export PYTHONPATH=$(pwd)

# same input format as the qwen variant (see sample folder)
# add --cls_based for non-pairwise data
python eval/batch_inference_rm_phi.py \
--pretrain microsoft/Phi-3.5-vision-instruct \
--pm_path model-path \
--dataset data/sample_test/pairwise_sample.json \
--max_samples 500000 \
--micro_batch_size 3 \
--is_custom_dataset
