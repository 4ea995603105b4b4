import os

# KoNLPy/JPype 로딩 전, JVM 인코딩 설정 (Windows 환경에서 필수)
os.environ["JAVA_TOOL_OPTIONS"] = "-Dfile.encoding=UTF-8"

import gradio as gr
import pandas as pd
import requests
from bs4 import BeautifulSoup
import re
import urllib.request
import urllib.parse
import time
import math
from konlpy.tag import Okt
from dotenv import load_dotenv
from typing import TypedDict, List, Dict
from langgraph.graph import StateGraph, END

# .env 파일 로드
load_dotenv()


# --- 지식 베이스 및 전역 변수 ---
class KnowledgeBase:
    def __init__(self, dic_path="dic"):
        self.polarity, self.intensity, self.expressive = self._load_unified_db(dic_path)
def search_naver_blog_page(query, start_index=1):
    NAVER_BLOG_CLIENT_ID = os.getenv("NAVER_CLIENT_ID")
    NAVER_BLOG_CLIENT_SECRET = os.getenv("NAVER_CLIENT_SECRET")
    if not NAVER_BLOG_CLIENT_ID or not NAVER_BLOG_CLIENT_SECRET:
        raise ValueError(".env 파일에 네이버 API 키를 설정하세요.")
    encText = urllib.parse.quote(query)
    url = f"https://openapi.naver.com/v1/search/blog.json?query={encText}&display=100&start={start_index}"
    headers = {
        "X-Naver-Client-Id": NAVER_BLOG_CLIENT_ID,
        "X-Naver-Client-Secret": NAVER_BLOG_CLIENT_SECRET,
    }
    try:
        response = requests.get(url, headers=headers, timeout=10)
        response.raise_for_status()
        data = response.json()
        return data.get("items", [])
    except requests.exceptions.RequestException as e:
        print(f"API 호출 오류: {e}")
        return []
