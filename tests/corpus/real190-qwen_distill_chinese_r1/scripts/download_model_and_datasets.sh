# 下载数据集
# modelscope download --dataset liucong/Chinese-DeepSeek-R1-Distill-data-110k  --local_dir /mnt/work/datasets/Chinese-DeepSeek-R1-Distill-data-110k

# 下载模型
# modelscope download --model Qwen/Qwen2.5-0.5B --local_dir /mnt/work/weights/Qwen2__5-0__5B
# modelscope download --model Qwen/Qwen2.5-0.5B-Instruct --local_dir /mnt/work/weights/Qwen2__5-0__5B-Instruct
# modelscope download --model Qwen/Qwen2.5-3B-Instruct --local_dir /mnt/work/weights/Qwen2__5-3B-Instruct
modelscope download --model Qwen/Qwen2.5-7B-Instruct --local_dir /mnt/work/weights/Qwen2__5-7B-Instruct
modelscope download --model Qwen/Qwen2.5-7B --local_dir /mnt/work/weights/Qwen2__5-7B