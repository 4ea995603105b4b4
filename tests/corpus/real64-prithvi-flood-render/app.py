import streamlit as st
import torch
import numpy as np
from PIL import Image
import matplotlib.pyplot as plt
import io
import base64
import os
import yaml
import rasterio
from huggingface_hub import hf_hub_download
from pathlib import Path
from skimage.transform import resize
import cv2
import gc

# Streamlit設定
st.set_page_config(
    page_title="Prithvi-EO-2.0 洪水検出",
    page_icon="🌊",
    layout="wide",
    initial_sidebar_state="expanded"
)

# 環境変数設定（config.tomlの代替）
def configure_streamlit():
    """Streamlitの設定を環境変数で行う"""
    os.environ['STREAMLIT_SERVER_HEADLESS'] = 'true'
    os.environ['STREAMLIT_SERVER_PORT'] = str(os.environ.get('PORT', 8501))
    os.environ['STREAMLIT_SERVER_ADDRESS'] = '0.0.0.0'
    os.environ['STREAMLIT_SERVER_ENABLE_CORS'] = 'false'
    os.environ['STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION'] = 'false'
    os.environ['STREAMLIT_SERVER_MAX_UPLOAD_SIZE'] = '100'
    os.environ['STREAMLIT_BROWSER_GATHER_USAGE_STATS'] = 'false'

configure_streamlit()

class PrithviModelLoader:
    def __init__(self):
        self.repo_id = "ibm-nasa-geospatial/Prithvi-EO-2.0-300M-TL-Sen1Floods11"
        self.model_filename = "Prithvi-EO-V2-300M-TL-Sen1Floods11.pt"
        self.config_filename = "config.yaml"
        self.cache_dir = Path("/tmp/prithvi_cache")
        self.cache_dir.mkdir(exist_ok=True)
    
    @st.cache_resource
    def download_model(_self):
        """Hugging Face HubからPrithviモデルをダウンロード"""
        try:
            with st.spinner("Prithviモデルをダウンロード中... (約1.28GB)"):
                # プログレスバーを表示
                progress_bar = st.progress(0)
                status_text = st.empty()
                
                status_text.text("モデルファイルをダウンロード中...")
                progress_bar.progress(25)
                
                # モデルファイルをダウンロード
                model_path = hf_hub_download(
                    repo_id=_self.repo_id,
                    filename=_self.model_filename,
                    cache_dir=str(_self.cache_dir)
                )
                
                progress_bar.progress(75)
                status_text.text("設定ファイルをダウンロード中...")
                
                # 設定ファイルをダウンロード
                config_path = hf_hub_download(
                    repo_id=_self.repo_id,
                    filename=_self.config_filename,
                    cache_dir=str(_self.cache_dir)
                )
                
                progress_bar.progress(100)
                status_text.text("ダウンロード完了!")
                
                return model_path, config_path
                
        except Exception as e:
            st.error(f"モデルのダウンロードに失敗しました: {e}")
            return None, None
    
    @st.cache_resource
    def load_model(_self):
        """モデルを読み込み"""
        model_path, config_path = _self.download_model()
        
        if model_path is None or config_path is None:
            return None, None
        
        try:
            with st.spinner("モデルを読み込み中..."):
                # 設定ファイル読み込み
                with open(config_path, 'r') as f:
                    config = yaml.safe_load(f)
                
                # モデル読み込み
                device = torch.device('cpu')  # Renderではcpu使用
                model = torch.load(model_path, map_location=device)
                model.eval()
                
                # メモリクリーンアップ
                gc.collect()
                
                return model, config
                
        except Exception as e:
            st.error(f"モデルの読み込みに失敗しました: {e}")
            return None, None

class ImageProcessor:
    def __init__(self):
        self.target_size = (512, 512)
    
    def process_sentinel2_image(self, uploaded_file):
        """Sentinel-2画像を処理"""
        try:
            # アップロードされたファイルを一時保存
            temp_path = f"/tmp/{uploaded_file.name}"
            with open(temp_path, "wb") as f:
                f.write(uploaded_file.getbuffer())
