# fine-tune
