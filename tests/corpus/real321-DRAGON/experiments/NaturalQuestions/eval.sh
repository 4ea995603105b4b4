python eval.py --rank 0
python eval.py --rank 1