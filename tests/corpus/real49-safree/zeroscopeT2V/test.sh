python inference.py \
  --model cerspense/zeroscope_v2_576w \
  --data_path filtered_t2v_data.json \
  --output ./output \
  --num-frames 16 \
  --window-size 16 \
  --width 576 \
  --height 320 \
  --sdp
