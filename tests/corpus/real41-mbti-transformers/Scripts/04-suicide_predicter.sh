python3 suicide_predict.py xlnet xlnet-base-cased

python3 suicide_predict.py bert bert-base-cased
python3 suicide_predict.py bert bert-base-multilingual-cased

python3 suicide_predict.py distilbert distilbert-base-uncased
python3 suicide_predict.py distilbert distilbert-base-multilingual-cased

python3 suicide_predict.py roberta distilroberta-base
python3 suicide_predict.py roberta roberta-base

python3 suicide_predict.py xlmroberta xlm-roberta-base

python3 suicide_predict.py electra google/electra-base-discriminator
python3 suicide_predict.py electra google/electra-small-discriminator
