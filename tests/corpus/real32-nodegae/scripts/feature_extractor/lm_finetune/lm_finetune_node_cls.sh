python src/feature_extractor/lm_finetune/t5-base_cls.py
