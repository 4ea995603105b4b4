import torch
from transformers import AutoTokenizer, AutoModelForCausalLM, BitsAndBytesConfig, pipeline

# --- 編集可能: モデル設定 ---
# line-corporation/japanese-large-lm-3.6b-instruction-sft
# stabilityai/japanese-stablelm-3b-4e1t-instruct
DEFAULT_MODEL_ID = "line-corporation/japanese-large-lm-3.6b-instruction-sft"
# --- 編集可能ここまで ---

def load_llm(model_id: str = DEFAULT_MODEL_ID, use_4bit: bool = True):
    """
    指定されたモデルIDのLLMとTokenizerをロードする。
    4bit量子化をデフォルトで有効にする。

    Args:
        model_id (str): ロードするHugging FaceモデルのID。
        use_4bit (bool): 4bit量子化を使用するかどうか。

    Returns:
        tuple: (model, tokenizer)
    """
    print(f"Loading model: {model_id}")
    print(f"Using 4-bit quantization: {use_4bit}")

    if use_4bit:
        # 4bit量子化の設定
        bnb_config = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_use_double_quant=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=torch.bfloat16,
        )
    else:
        bnb_config = None

    # Tokenizerのロード
    try:
        tokenizer = AutoTokenizer.from_pretrained(model_id, trust_remote_code=True)
    except Exception as e:
        print(f"Error loading tokenizer for {model_id}: {e}")
        raise

    # モデルのロード
    try:
        model = AutoModelForCausalLM.from_pretrained(
            model_id,
            trust_remote_code=True,
            quantization_config=bnb_config,
            device_map="auto",  # GPUに自動で割り当て
        )
        
        # pad_tokenの設定 (エラー回避とバッチ処理のため)
        # StableLMなどpad_token_idを持たないモデルへの対応として、tokenizer側のみ設定
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token

        model.eval() # 評価モード
    except Exception as e:
        print(f"Error loading model for {model_id}: {e}")
        raise

    print("Model and tokenizer loaded successfully.")
    return model, tokenizer
