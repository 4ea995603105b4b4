import argparse


def get_config():
    p = argparse.ArgumentParser()
    p.add_argument('--num_class', type=int, default=2)
    p.add_argument('--model', type=str, default='bert',
                   choices=['bert', 'roberta', 'bert+rnn', 'roberta+rnn'])
    p.add_argument('--num_epoch', type=int, default=3)
    p.add_argument('--training_set_lenth', type=int, default=1000)
    p.add_argument('--validation_set_lenth', type=int, default=50)
    p.add_argument('--test_set_lenth', type=int, default=50)
    return p.parse_args()
