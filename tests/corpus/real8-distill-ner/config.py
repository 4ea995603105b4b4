CONFIG = {
    # 'model_a_path': 'C:/Users/me/Desktop/workflow/sample/model',  # 备用：自己微调好的模型路径
    'model_a_path': 'models_cache/qwen/Qwen2___5-0___5B-Instruct',  # Model A：ModelScope 下载的 0.5B 小模型，测试逻辑够用
    'model_b_path': 'models_cache/qwen/Qwen2___5-0___5B-Instruct',  # Model B：同上，负责修正 Model A 的结果
    'model_c_api_key': 'sk-<redacted>',                             # DeepSeek 的 API Key，Model C 是在线“老师”模型
    'model_c_api_url': 'https://api.deepseek.com',                  # 接口地址，一般不用改
    'output_dir': 'results',                                        # 结果输出目录
    'input_data_dir': 'data'                                        # 输入数据目录
}
