# Run NLLB200-3B model on sample text. FP16 needs a GPU with a lot of VRAM
# For GPUs with less VRAM, use 8-bit quantization (this script)

python3 translate.py \
--sentences_path sample_text/en.txt \
--output_path sample_text/en2es.translation.nllb-200_3B.txt \
--source_lang eng_Latn \
--target_lang spa_Latn \
--model_name facebook/nllb-200-3.3B \
--precision 8
