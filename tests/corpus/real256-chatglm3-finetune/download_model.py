from modelscope import snapshot_download
model_dir = snapshot_download('ZhipuAI/chatglm3-6b-32k', revision='v1.0.0')
