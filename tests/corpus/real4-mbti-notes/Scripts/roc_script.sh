python3 roc_test.py xlnet xlnet-base-cased

python3 roc_test.py bert bert-base-cased
python3 roc_test.py bert bert-base-multilingual-cased

python3 roc_test.py distilbert distilbert-base-uncased
python3 roc_test.py distilbert distilbert-base-multilingual-cased

python3 roc_test.py roberta distilroberta-base
python3 roc_test.py roberta roberta-base

python3 roc_test.py xlmroberta xlm-roberta-base

python3 roc_test.py electra google/electra-base-discriminator
python3 roc_test.py electra google/electra-small-discriminator
