# Copyright 2025 Binbin Zhang(binbzha@qq.com)

[ ! -s west ] && ln -s ../../../west
[ ! -s tools ] && ln -s ../../../tools
export PYTHONPATH=$PYTHONPATH:$PWD

export CUDA_VISIBLE_DEVICES="0"  # Change this to all your available gpus, such as "0,1,2,3"
num_gpus=$(echo $CUDA_VISIBLE_DEVICES | awk -F ',' '{print NF}')

llm=/bucket/output/jfs-hdfs/user/binbin.zhang/huggingface/hub/Qwen2-1.5B-Instruct
speech_encoder=/jfs-hdfs/user/binbin.zhang/models/wenet/wenetspeech/u2pp_conformer/

stage=train # data/train/decode
data=data
dir=exp/Qwen-1.5B-Instruct-wenetspeech-encoder_pack8192
steps=2000  # training steps

# Note: Change your model settings in `conf/touch_asu_config.json`

if [ $stage == "train" ] || [ $stage == "all" ]; then
    torchrun --standalone --nnodes=1 --nproc_per_node=$num_gpus west/bin/train.py \
        --model_config_or_dir conf/touch_asu_config.json \
        --data_path $data/train.jsonl \
        --output_dir $dir \
        --pack_size 8192 \
        --bf16 True \
        --max_steps $steps \
        --per_device_train_batch_size 1 \
        --gradient_accumulation_steps 4 \
        --learning_rate 3e-4 \
        --lr_scheduler_type "cosine" \
        --report_to "tensorboard" \
        --deepspeed conf/ds_config_zero2.json
fi

if [ $stage == "decode" ] || [ $stage == "all" ]; then
    mdir=$dir/checkpoint-${steps}
    python west/bin/decode.py \
        --data_path $data/test.jsonl \
        --model_dir $PWD/$mdir \
        --result_path $mdir/result.txt
    python tools/compute-wer.py --char=1 --v=1 $data/test.text $mdir/result.hyp > $mdir/result.wer
fi
