from utils import *
from agents.Replier import Replier
from agents.Judger import Judger
import random
import time
import pandas as pd
import argparse
'''注意这里同时生成ai_reason和code_fixed的字典可能只适合比较大的模型，有可能一些小模型直接生成文本
所以到时候会增加两个prompt，但是judger固定使用4o-mini，prompt不变'''

evaluate_comibine_llm_prompt='prompt/newevaluation/evaluate_combine_llm.txt'
evaluate_single_llm_prompt='prompt/newevaluation/evaluate_single_llm.txt'
evaluate_combine_slm_prompt='prompt/newevaluation/evaluate_combine_slm.txt'
evaluate_single_slm_prompt='prompt/newevaluation/evaluate_single_slm.txt'
evaluate_java_prompt='prompt/newevaluation/evaluation_java.txt'
judge_prompt_single="prompt/judge_agent.txt"
judge_prompt_combine="prompt/judge_agent_combine.txt"
judge_java_prompt="prompt/judge_agent_java.txt"
judge_model='gpt-4o-mini'

eval_models={"gpt-4o-mini":{"eval_model":'gpt-4o-mini',"model_dir":'gpt-4o-mini'},
             "gpt-4o":{"eval_model":'gpt-4o',"model_dir":'gpt-4o'},
             "gpt-3.5-turbo":{"eval_model":'gpt-3.5-turbo',"model_dir":'gpt-3.5-turbo'},
             "llama_8B":{"eval_model":'meta-llama/Meta-Llama-3.1-8B-Instruct',"model_dir":'llama_8B'},
             "llama_70B":{"eval_model":'meta-llama/Llama-3.3-70B-Instruct',"model_dir":'llama_70B'},
             "qwen_coder":{"eval_model":"Qwen/Qwen2.5-Coder-7B-Instruct","model_dir":"qwen_coder"},
             "deepseek-chat":{"eval_model":"deepseek-chat","model_dir":"deepseek-chat"},
             "code_llama":{"eval_model":"Xorbits/CodeLlama-34B-Instruct-GGUF","model_dir":"code_llama"},
}

def parse_args():
    parser = argparse.ArgumentParser(description='模型评估参数解析器')
    
    # 添加必需的字符串参数
    parser.add_argument('--model_name', type=str, required=True,default='gpt-4o-mini',
                        help='使用的模型名称')
    parser.add_argument('--lang', type=str, required=True,
                        help='要检测的语言 (e.g., "python", "java")')
    parser.add_argument('--type', type=str, required=True,default='easy',
                        help='要检测的难度 (e.g., "easy", "hard")')
    parser.add_argument('--judge', type=bool, required=False,default=False,
                        help='要检测的难度 (e.g., "easy", "hard")')
    parser.add_argument('--begin', type=int, required=False,default=0)
    
    
    return parser.parse_args()

args = parse_args()
eval_model = args.model_name
lang = args.lang
nandu = args.type
begin = args.begin
judge=args.judge

def check_filed(input_path):
    data=getDictFromJsonl(input_path)
    data=getDictFromJsonl(input_path)
    for index,item in enumerate(data):
        if 'code_fixed' not in item.keys() or 'ai_api_wrong' not in item.keys() or 'ai_api_change' not in item.keys():
            print(index)

def read_data(file_path):
    with open(file_path, 'r') as f:
        data = json.load(f)

    return data
