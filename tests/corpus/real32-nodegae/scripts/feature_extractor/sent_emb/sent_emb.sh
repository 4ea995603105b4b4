python /src/feature_extractor/sent_emb/sent_emb.py
