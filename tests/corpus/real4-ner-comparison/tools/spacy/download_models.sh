python3 -m spacy download zh_core_web_lg
python3 -m spacy download zh_core_web_trf
python3 -m spacy download nl_core_news_lg
python3 -m spacy download en_core_web_lg
python3 -m spacy download fr_core_news_lg
python3 -m spacy download de_core_news_lg
python3 -m spacy download es_core_news_lg
python3 -m spacy download xx_ent_wiki_sm
