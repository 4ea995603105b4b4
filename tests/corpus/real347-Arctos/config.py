CFG_HYPERPARAMETERS = {
		'encoder_model': 'sentence-transformers/stsb-roberta-base-v2',
		'classifier_hidden_layers': 2,
		'decoder_dropout': 0.5,
}
CFG_OPTIMIZER = {
		'learning rate': 1e-4,
		'batch_size': 32
}
CFG_DATASET = {
		'name': 'ANT-dir',
		'version': 1
}
