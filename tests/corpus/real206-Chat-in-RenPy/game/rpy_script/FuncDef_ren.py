

"""renpy
init python:
"""

import json
import hashlib
from pathlib import Path
import os
import requests
import threading

class LLM_api_connection:
    def __init__(self, url, method, data, headers):
        self.url = url
        self.method = method
        self.data = data
        self.headers = headers
        self.buffer = ""
        self._thread = None
    
    def _call_stream_llm(self):
        """流式请求工作线程"""
        response = requests.request(self.method, self.url, data=self.data, headers=self.headers, stream=True)
        response.raise_for_status()
        
        # 逐块处理响应内容
        for line in response.iter_lines():
            if line:
                # 解码并移除开头的"data: "
                decoded_line = line.decode('utf-8').lstrip('data: ').strip()
                
                if decoded_line == "[DONE]":
                    break

                try:
                    chunk = json.loads(decoded_line)
                    content = chunk.get('choices', [{}])[0].get('delta', {}).get('content', '')
                    if content:
                        self.buffer += content
                except json.JSONDecodeError:
                    continue
                
    def start_stream(self):
        """启动流式请求"""
        self._thread = threading.Thread(target=self._call_stream_llm)
        self._thread.start()

    def is_alive(self):
        """判断请求是否结束"""
        return self._thread.is_alive() if self._thread else False

class TTS_api_connection:
    def __init__(self, url, method, data, headers):
        self.url = url
        self.method = method
        self.data = data
        self.headers = headers
        self.buffer = []
        self._thread = None

    def _call_tts(self):
        """发送请求至tts端"""
        with requests.post(self.url, data=self.data, headers=self.headers, stream=True) as response:
            response.raise_for_status()
            for chunk in response.iter_content(chunk_size=1024):
                if chunk:
                    self.buffer.append(["data", chunk])
            self.buffer.append(["done", None])
            return
    
    def start_tts(self):
        """启动tts请求"""
        self._thread = threading.Thread(target=self._call_tts)
        self._thread.start()


def call_llm(messages, response_format=None):
    """发送messages到llm端，并流式返回生成的回复"""
    url = f'{preferences.llm_api_base_url}/chat/completions'
    
    payload = {
        "messages": messages,
        "model": "deepseek-chat",                       # 你可以在这更改模型名称。但请注意，对于不支持JSON OUTPUT的模型，这会导致错误。此外，不同模型调用JSON OUTPUT的方式也可能不同。关于此的问题可能会在之后解决。
        "frequency_penalty": 0,
        "max_tokens": 1024,
        "presence_penalty": 0,
        "response_format": {
            "type": "json_object"             
        },
        "stop": None,
        "stream": True,                                 # 开启流式传输
        "stream_options": {"include_usage": True},      # 如果设置为 true，在流式消息最后的 data: [DONE] 之前将会传输一个额外的块。此块上的 usage 字段显示整个请求的 token 使用统计信息
        "temperature": 1,
        "top_p": 1,
        "tools": None,
        "tool_choice": "none",
        "logprobs": False,
        "top_logprobs": None
    }
    payload = json.dumps(payload).encode("utf-8")
    
    headers = {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'Authorization': f'Bearer {preferences.llm_api_key}'
    }
    response = LLM_api_connection(url, "POST", payload, headers)
    response.start_stream()
    while response.is_alive():
        yield response.buffer                            #response.buffer存储已生成的对话内容
    yield response.buffer
    return
