import os
import glob
from unsloth import FastLanguageModel
import transformers
from transformers import pipeline, AutoModelForCausalLM, AutoTokenizer, LogitsProcessor, LogitsProcessorList
from tqdm import tqdm
import random, torch

from huggingface_hub import whoami, HfApi,HfFolder,login

class RawLogitsCaptureProcessor(LogitsProcessor):
    """Captures raw logits before any other processors modify them."""
    def __init__(self):
        self.raw_scores: list[torch.Tensor] = []

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        self.raw_scores.append(scores[0].clone())  # save (vocab_size,) per step
        return scores


class AllowlistLogitsProcessor(LogitsProcessor):
    def __init__(self, allowed_token_ids: list[int], device):
        self.mask = torch.full((len(tokenizer),), float("-inf"), device=device)
        self.mask[allowed_token_ids] = 0.0

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        return scores + self.mask


class PrefixTreeLogitsProcessor(LogitsProcessor):
    """
    Constrains generation to a finite set of multi-token options via a prefix tree.
    At each step, only tokens that continue a valid option prefix are allowed.
    After a complete option is generated, only EOS is allowed (forcing generation to stop).
    """
    def __init__(self, allowed_options: list[str], tokenizer, device):
        vocab_size = len(tokenizer)
        eos_id = tokenizer.eos_token_id

        # Build prefix tree: prefix_tuple -> set of valid next token IDs
        # Each option is added twice: with and without leading space, so both
        # " low" and "low" (different token IDs) are valid paths to the same option.
        prefix_tree: dict[tuple, set] = {}
        for option in allowed_options:
            # Add both spaced (" low") and unspaced ("low") encodings so the model
            # can take either token path to the same option.
            for encoding in (' ' + option, option):
                token_ids = tokenizer.encode(encoding, add_special_tokens=False)
                for i in range(len(token_ids)):
                    prefix = tuple(token_ids[:i])
                    prefix_tree.setdefault(prefix, set()).add(token_ids[i])
                # After full option: only EOS allowed -> generation stops
                prefix_tree.setdefault(tuple(token_ids), set()).add(eos_id)

        # Pre-compute mask tensors (avoids per-call allocation)
        self.masks: dict[tuple, torch.Tensor] = {}
        for prefix, allowed_ids in prefix_tree.items():
            mask = torch.full((vocab_size,), float('-inf'), device=device)
            for tid in allowed_ids:
                mask[tid] = 0.0
            self.masks[prefix] = mask

        self.prompt_length: int | None = None

    def set_prompt_length(self, length: int):
        self.prompt_length = length

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if self.prompt_length is None:
            generated = ()
        else:
            generated = tuple(input_ids[0, self.prompt_length:].tolist())
        mask = self.masks.get(generated)
        if mask is None:
            return scores  # Unknown prefix — allow everything (safety fallback)
        return scores + mask.unsqueeze(0)

access_token = HfFolder.get_token()
login(token=access_token)

MODEL_PATHS = {
    'centaur-70B': 'marcelbinz/Llama-3.1-Centaur-70B',
    'centaur-70B-adapter': 'marcelbinz/Llama-3.1-Centaur-70B-adapter',
    'centaur-8B': 'marcelbinz/Llama-3.1-Centaur-8B',
    'centaur-8B-adapter':'marcelbinz/Llama-3.1-Minitaur-8B-adapter',
    'llama-70B': 'meta-llama/Meta-Llama-3.1-70B-Instruct',
    'llama-70B-adapter': 'unsloth/Meta-Llama-3.1-70B-Instruct-bnb-4bit',
    'llama-8B': 'meta-llama/Meta-Llama-3.1-8B-Instruct',
    'llama-8B-adapter': 'unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit',
    'llama-3-8B': 'meta-llama/Meta-Llama-3-8B-Instruct',
    'llama-3-70B': 'meta-llama/Meta-Llama-3-70B-Instruct' # Added for completeness
}


def get_model_no_pipe(name):
    if name not in MODEL_PATHS:
        raise ValueError(f"Model name '{name}' not recognized. Available models: {list(MODEL_PATHS.keys())}")
    path = MODEL_PATHS[name]

    model = AutoModelForCausalLM.from_pretrained(
        path,
        device_map="auto",
        torch_dtype=DTYPE
    )

    model.eval()
    model._past = None  # Reset past key values if any
    tokenizer = AutoTokenizer.from_pretrained(path)

    return model, tokenizer

def get_model_no_pipe_unsloth(name):
    if name not in MODEL_PATHS:
        raise ValueError(f"Model name '{name}' not recognized. Available models: {list(MODEL_PATHS.keys())}")
    path = MODEL_PATHS[name]
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=path,
        max_seq_length=32768,
        dtype=None,
        load_in_4bit=True,  # Same as original
    )
    # Ensure deterministic inference behavior (disable dropout etc.)
    try:
        model.eval()
    except Exception:
        pass
    return model, tokenizer
