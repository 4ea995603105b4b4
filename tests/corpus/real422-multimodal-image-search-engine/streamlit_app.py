import base64  # 导入 base64，用于把图片转成 data URI 方便网页展示
import html  # 导入 html，用于安全转义文本
import os  # 导入 os，用于设置运行时环境变量
import time  # 导入 time，用于统计检索耗时
from pathlib import Path  # 导入 Path，用于路径处理

import streamlit as st  # 导入 Streamlit

# 线程和 OpenMP 兜底，降低 faiss + torch 在部分环境下冲突概率
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("VECLIB_MAXIMUM_THREADS", "1")
os.environ.setdefault("KMP_DUPLICATE_LIB_OK", "TRUE")

from src.search_faiss import FaissSearcher  # 导入 FAISS 检索器
from src.text_embedding import (  # 导入文本编码函数
    encode_one_text,
    load_clip_for_text,
    postprocess_text_embedding,
    prepare_text_inputs,
)


PROJECT_ROOT = Path(__file__).resolve().parent  # 项目根目录
DATA_DIR = PROJECT_ROOT / "data"  # 全量数据目录
IMAGES_DIR = DATA_DIR / "Images"  # 全量图片目录
DEMO_IMAGE_FILE = PROJECT_ROOT / "demo_data" / "image_embeddings_demo.jsonl"  # Demo 向量路径
FULL_IMAGE_FILE = PROJECT_ROOT / "data" / "image_embeddings.jsonl"  # 全量向量路径
DEMO_IMAGES_DIR = PROJECT_ROOT / "demo_data" / "images"  # Demo 图片目录


def choose_runtime_assets() -> tuple[Path | None, Path | None, str]:  # 与本地 Flask 版保持一致的数据选择逻辑
    if FULL_IMAGE_FILE.exists() and IMAGES_DIR.exists():  # full 模式：要求向量与图片目录都存在
        return FULL_IMAGE_FILE, IMAGES_DIR, "full"
    if DEMO_IMAGE_FILE.exists() and DEMO_IMAGES_DIR.exists():  # demo 模式：同样要求向量与图片目录都存在
        return DEMO_IMAGE_FILE, DEMO_IMAGES_DIR, "demo"
    return None, None, "missing"  # 都不存在时标记为 missing


ACTIVE_EMBEDDINGS_FILE, ACTIVE_IMAGES_DIR, DATA_MODE = choose_runtime_assets()  # 与本地版一致：提前确定当前运行模式


@st.cache_resource(show_spinner=False)  # 缓存文本模型，避免重复加载

def get_text_components():
    return load_clip_for_text()


@st.cache_resource(show_spinner=False)  # 缓存 FAISS 检索器

def get_searcher(image_file: str):
    return FaissSearcher(Path(image_file))


def encode_query_live(query: str) -> list[float]:  # 把查询文本编码为向量
    model, tokenizer, device = get_text_components()
    inputs = prepare_text_inputs(query, tokenizer, device)
    text_features = encode_one_text(model, inputs)
    return postprocess_text_embedding(text_features)


def resolve_image_path(image_path: str, active_images_dir: Path | None = None) -> Path:  # 解析图片路径
    p = Path(image_path)
    if p.is_absolute() and p.exists():
        return p
    p2 = PROJECT_ROOT / image_path
    if p2.exists():
        return p2
    if active_images_dir is not None:  # 对齐本地版逻辑：可用图片目录下按文件名兜底
        p3 = active_images_dir / p.name
        if p3.exists():
            return p3
    return p


@st.cache_data(show_spinner=False)  # 缓存图片编码结果，减少重复读盘

def image_to_data_uri(path_str: str, active_images_dir_str: str | None = None) -> str | None:
    active_images_dir = Path(active_images_dir_str) if active_images_dir_str else None
    img_path = resolve_image_path(path_str, active_images_dir=active_images_dir)
    if not img_path.exists():
        return None

    suffix = img_path.suffix.lower()
    if suffix in {".jpg", ".jpeg"}:
        mime = "image/jpeg"
    elif suffix == ".png":
        mime = "image/png"
    elif suffix == ".webp":
        mime = "image/webp"
    else:
        mime = "application/octet-stream"

    data = base64.b64encode(img_path.read_bytes()).decode("ascii")
    return f"data:{mime};base64,{data}"
