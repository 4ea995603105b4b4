base_model = 'bert-base-uncased'
seed = 10
epochs = 10
max_input_length = 10
model_path = "sentiment_analyser.pt"

# hyper - parameters
hidden_dim = 256
output_dim = 1
n_layers = 2
bidirectional = True
dropout = 0.25
batch_size = 128
