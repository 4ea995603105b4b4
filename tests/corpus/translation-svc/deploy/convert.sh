#!/usr/bin/env bash
ct2-transformers-converter --model facebook/nllb-200-distilled-1.3B --quantization int8 \
  --output_dir models/ct2/nllb-200-distilled-1.3B-int8 --copy_files tokenizer.json sentencepiece.bpe.model
ct2-transformers-converter --model Helsinki-NLP/opus-mt-en-de --output_dir models/ct2/opus-mt-en-de
python -m svc.eval --model google/madlad400-3b-mt --dataset facebook/flores --config eng_Latn-deu_Latn --split devtest
python -m svc.eval --model facebook/nllb-200-distilled-1.3B --dataset haoranxu/WMT23-Test --config de-en
