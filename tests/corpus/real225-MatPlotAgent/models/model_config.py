MODEL_CONFIG ={
    "Magicoder-S-DS-6.7B":{
        "model": "path/to/Magicoder-S-DS-6.7B",
        "temperature": 0,
        "port" : 8002,
    },
    "deepseek-coder-6.7b-instruct":{
        "model": "path/to/deepseek-coder-6.7b-instruct",
        "temperature": 0,
        "port" : 8001,
    },
    "deepseek-coder-33b-instruct":{
        "model": "path/to/deepseek-coder-33b-instruct",
        "temperature": 0,
        "port" : 8003,
    },
    "WizardCoder-33B-V1.1":{
        "model": "path/to/WizardCoder-33B-V1.1",
        "temperature": 0,
        "port" : 8004,
    },
    "WizardCoder-Python-34B-V1.0":{
        "model": "path/to/WizardCoder-Python-34B-V1.0",
        "temperature": 0,
        "port" : 8005,
    },
    "codellama":{
        "model": "/data/xwh/CodeLlama-13b-Instruct-hf",
        "temperature": 0,
        "port" : 8006,
    },
    "llava": {
        "model": "/data/xwh/llava-1.5-13b-hf",
        "temperature": 0,
        "port": 8000
    }
}