import tiktoken
from transformers import AutoTokenizer

model2max_context = {
    "gpt-4": 7900,
    "gpt-4-0314": 7900,
    "gpt-3.5-turbo-0301": 3900,
    "gpt-3.5-turbo": 3900,
    "text-davinci-003": 4096,
    "text-davinci-002": 4096,
    "Qwen/Qwen3-14B": 16384 # could go longer, but the gpt entries are short too
}

# tokenizer cache (added)
_tokenizers_cache = {}


class OutOfQuotaException(Exception):
    "Raised when the key ran out of quota"
    def __init__(self, key, cause=None):
        super().__init__(f"No quota for key: {key}")
        self.key = key
        self.cause = cause


def num_tokens_from_string(string: str, model_name: str) -> int:
    """Count tokens of a string for the given model."""

    # OpenAI models: use tiktoken
    if model_name.startswith("gpt-"):
        try:
            encoding = tiktoken.encoding_for_model(model_name)
        except KeyError:
            encoding = tiktoken.get_encoding("cl100k_base")
        return len(encoding.encode(string))

    # Qwen models: use the Hugging Face tokenizer
    elif model_name.startswith("Qwen/"):
        if model_name not in _tokenizers_cache:
            try:
                _tokenizers_cache[model_name] = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True)
            except Exception as e:
                print(f"Warning: tokenizer for {model_name} failed to load ({e}); approximating.")
                return len(string.split())
        return len(_tokenizers_cache[model_name].encode(string, add_special_tokens=False))

    else:
        print(f"Warning: unknown model_name '{model_name}', approximating token count.")
        return len(tiktoken.get_encoding("cl100k_base").encode(string))
