# -*- coding: utf-8 -*-
"""
LLM Fine-tune Demo (本地离线可运行)
- 推理展示：本地加载基座模型（model/ 目录或绝对路径），可叠加 runs/ 下的 LoRA 适配器推理
"""
import os
from typing import Optional

# ---- 强制本地离线，不会联网下载 ----
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import gradio as gr
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from peft import PeftModel

# ---------- 全局默认路径（可在 UI 中覆盖） ----------
MODEL_DIR   = os.environ.get("DEMO_MODEL_DIR", "model")
RUNS_DIR    = os.environ.get("DEMO_RUNS_DIR", "runs")
EVAL_SCRIPT = os.environ.get("DEMO_EVAL_SCRIPT", "code/unified_evaluation.py")
EVAL_JSON   = os.environ.get("DEMO_EVAL_JSON", "results/evaluation_results.json")
DEFAULT_BASE_LOCAL = os.environ.get("DEMO_BASE_MODEL", "base")  # 表示使用 model/base


def _resolve_local_model_path(user_value: str) -> str:
    v = (user_value or "").strip() or "base"
    if os.path.isdir(v):
        return v
    cand = os.path.join(MODEL_DIR, v)
    if os.path.isdir(cand):
        return cand
    raise FileNotFoundError(f"未找到本地模型目录：'{v}' 或 '{cand}'")


def load_model(base_model_hint: str, adapter_dir: Optional[str]):
    base_path = _resolve_local_model_path(base_model_hint)
    tok = AutoTokenizer.from_pretrained(base_path, trust_remote_code=True, local_files_only=True)
    base = AutoModelForCausalLM.from_pretrained(base_path, trust_remote_code=True, local_files_only=True)
    model = PeftModel.from_pretrained(base, adapter_dir) if adapter_dir else base
    return tok, model.eval()


with gr.Blocks(title="🤖 LLM 微调系统") as demo:
    base_model_hint = gr.Textbox(
        value=DEFAULT_BASE_LOCAL,
        label="🎯 基座模型路径",
        info="例如：Qwen2-0.5B-Instruct 或绝对路径",
    )
    runs_dir = gr.Textbox(value=RUNS_DIR, label="📁 权重目录")

if __name__ == "__main__":
    demo.launch()
