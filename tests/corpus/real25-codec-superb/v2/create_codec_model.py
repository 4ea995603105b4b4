import copy

from transformers import AutoModel, AutoTokenizer


def load_tokenizer_and_model(model_name):
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    model = AutoModel.from_pretrained(model_name)
    return tokenizer, model


def add_custom_tokens(tokenizer, num_tokens):
    add_tokens = [f"v_tok_{u}" for u in range(num_tokens)]
    origin_vocab_size = tokenizer.vocab_size
    num_added = tokenizer.add_tokens(add_tokens)
    print(f"Original vocab size: {origin_vocab_size}, New size: {len(tokenizer)}")
    return num_added, origin_vocab_size


def reshape_model_embeddings(model, origin_vocab_size, num_added):
    model.resize_token_embeddings(origin_vocab_size + num_added)
    emb = model.get_input_embeddings()
    w = emb.state_dict()['weight']
    w[origin_vocab_size:origin_vocab_size + num_added] = copy.copy(w[100:100 + num_added])
    model.set_input_embeddings(emb)
    return w


def push_to_hub(tokenizer, model, repo_name):
    tokenizer.push_to_hub(repo_name)
    model.push_to_hub(repo_name)


def main():
    model_name = "facebook/bart-base"
    num_custom_tokens = 1024 * 9
    hub_repo_name = "voidful/bart-base-codec"

    tokenizer, model = load_tokenizer_and_model(model_name)
    print(tokenizer.tokenize("Hello world v_tok_10v_tok_1"))
    num_added, origin_vocab_size = add_custom_tokens(tokenizer, num_custom_tokens)
    w = reshape_model_embeddings(model, origin_vocab_size, num_added)
    print(f"New embedding shape: {w.shape}")
    push_to_hub(tokenizer, model, hub_repo_name)


if __name__ == "__main__":
    main()
