import mujoco
import mujoco.viewer
import numpy as np
import time
import threading
import queue
import os
import sys
import json
import re
from google import genai
from google.genai import types
from PIL import Image

# ---------------------------------------------------------
# 1. 설정 및 API 키
# ---------------------------------------------------------
# MODEL_NAME = "gemini-2.0-flash-exp"  # 속도와 JSON 처리가 더 좋은 모델 권장 (없으면 기존 것 사용)
MODEL_NAME = "gemini-3-flash-preview"
# MODEL_NAME = "gemini-1.5-flash" # 혹은 기존 사용하던 모델
SCENE_XML = "scene.xml"
TARGET_SITE_NAME = "gripper"
CAMERAS = ["front_cam", "side_cam"]

# API 키 로드
try:
    key_path = os.path.join(os.path.dirname(os.getcwd()), "api_key.txt")
    with open(key_path, "r") as f:
        MY_API_KEY = f.readline().strip()
except FileNotFoundError:
    print(f"❌ [Error] API 키 파일을 찾을 수 없습니다.")
    sys.exit(1)

# 초기 자세
HOME_QPOS = np.array([0, 0, 0, -1.5708, 0, 1.5708, 0.732, 0.04, 0.04])
HOME_EE_POS = np.array([0.555, 0.0, 0.524])

# 제어 상수
MAX_JOINT_VELOCITY = 0.5  # 시퀀스 제어라 속도 제한을 조금 풀음
FIXED_ROTATION = np.array([[1, 0, 0], [0, -1, 0], [0, 0, -1]])

# ---------------------------------------------------------
# 2. Gemini 두뇌 (시퀀스 플래너)
# ---------------------------------------------------------
class GeminiBrain(threading.Thread):
    def __init__(self, client, model_name, result_queue):
        super().__init__()
        self.client = client
        self.model_name = model_name
        self.result_queue = result_queue
        self.task_queue = queue.Queue()
        self.history = [] # 이전 행동 결과 기억
        self.daemon = True
        self.start()
