
config = {
    'device' : 'cuda',
    'embedding_length' : 384,
    'clip_model' : 'coca_ViT-L-14',
    'clip_model_transform' : 'mscoco_finetuned_laion2B-s13B-b90k',
    'sentence_transformer_model' : 'all-MiniLM-L6-v2'
}