from sentence_transformers import SentenceTransformer, models


# Pre-trained (또는 Fine-Tuned) S-BERT 모델 로딩
# Arguments:
# - model_path (str) : S-BERT 로 감쌀 Transformer 모델의 경로 / 이름
# Returns:
# - pretrained_sbert_model (S-BERT Model)

def load_pretrained_sbert_model(model_path="klue/roberta-base"):
    embedding_model = models.Transformer(
        model_name_or_path=model_path,
        max_seq_length=64,
        do_lower_case=True
    )
    pooling_model = models.Pooling(
        embedding_model.get_word_embedding_dimension(),
        pooling_mode_mean_tokens=True,
        pooling_mode_cls_token=False,
        pooling_mode_max_tokens=False
    )
    return SentenceTransformer(modules=[embedding_model, pooling_model])
