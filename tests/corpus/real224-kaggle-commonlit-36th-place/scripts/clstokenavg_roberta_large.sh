python3 src/main.py \
optimizer=large \
model_class="ClsTokenAvgModel" \
model_path="roberta-large" \
tokenizer_path="roberta-large" \
batch_size=16 \
seed=1000
