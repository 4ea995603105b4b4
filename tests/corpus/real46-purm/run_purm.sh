exp_dir=./exp/purm1
base_model=/mnt/workspace/user/chenhao/pretrained_models/Llama-3.1-8B-Instruct

if [ ! -d ${exp_dir} ];then
    mkdir -p ${exp_dir}
fi

train_files=/cpfs/user/sunwangtao/dataset/uncertain/purm_preference_data-train
valid_files=/cpfs/user/sunwangtao/dataset/uncertain/purm_preference_data-valid
cp ./run_purm.sh ${exp_dir}

deepspeed \
    --include localhost:4,5,6,7 \
    --master_port 10170 \
    purm.py \
    --model_name_or_path ${base_model} \
    --train_file_path ${train_files} \
    --valid_file_path  ${valid_files} \
    --per_device_train_batch_size 1 \
    --do_train \
    --do_eval \
    --output_dir ${exp_dir}/ckpt \
    --learning_rate 1e-6 \
    --gradient_accumulation_steps 8 \
    --load_in_bits 4 \
    --lora_r 8 \
    --lora_alpha 32 \
    --target_modules q_proj,k_proj,v_proj,o_proj,down_proj,gate_proj,up_proj \
    --logging_dir ${exp_dir}/logs \
    --save_steps 1000 \
    --block_size 2048 \
    --report_to tensorboard \
    --deepspeed ./ds_config.json \
    --fp16 \
    | tee -a ${exp_dir}/train.log
