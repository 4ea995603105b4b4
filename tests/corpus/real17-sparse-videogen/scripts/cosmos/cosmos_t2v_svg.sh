resolution="720p"
infer_step=35

first_times_fp=1.0
first_layers_fp=0.03
sparsity=0.25

prompt=$(cat examples/1/prompt.txt)
output_dir="result/cosmos/t2v/svg"

video_cfg="Step_${infer_step}-Res_${resolution}"
dense_cfg="TFP_${first_times_fp}-LFP_${first_layers_fp}"
sparsity_cfg="Sparsity_${sparsity}"
output_feature="${video_cfg}/${dense_cfg}/${sparsity_cfg}"

python cosmos_t2v_inference.py \
    --model_id "nvidia/Cosmos-1.0-Diffusion-14B-Text2World" \
    --prompt "${prompt}" \
    --height 704 \
    --width 1280 \
    --seed 0 \
    --num_inference_steps $infer_step \
    --pattern "SVG" \
    --num_sampled_rows 64 \
    --sparsity $sparsity \
    --first_times_fp $first_times_fp \
    --first_layers_fp $first_layers_fp \
    --output_file "${output_dir}/${output_feature}/0-0.mp4"
