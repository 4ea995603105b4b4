# YiAgent
python crowd.py --model-type YiAgent --model-name 01-ai/Yi-1.5-6B-Chat
python crowd.py --model-type YiAgent --model-name 01-ai/Yi-1.5-9B-Chat
python crowd.py --model-type YiAgent --model-name 01-ai/Yi-1.5-34B-Chat 

# DeepSeekAgent
python crowd.py --model-type DeepSeekAgent --model-name deepseek-ai/DeepSeek-V2-Lite-Chat
python crowd.py --model-type DeepSeekAgent --model-name deepseek-ai/DeepSeek-V2-Chat

# GemmaAgent
python crowd.py --model-type GemmaAgent --model-name google/gemma-2-2b-it
python crowd.py --model-type GemmaAgent --model-name google/gemma-2-9b-it
python crowd.py --model-type GemmaAgent --model-name google/gemma-2-27b-it

# DollyAgent
python crowd.py --model-type DollyAgent --model-name Databricks/dolly-v2-7b
python crowd.py --model-type DollyAgent --model-name Databricks/dolly-v2-12b

# FalconAgent
python crowd.py --model-type FalconAgent --model-name tiiuae/falcon-7b-instruct
python crowd.py --model-type FalconAgent --model-name tiiuae/falcon-40b-instruct   

# CohereAgent
python crowd.py --model-type CohereAgent --model-name CohereForAI/aya-expanse-8b
python crowd.py --model-type CohereAgent --model-name CohereForAI/aya-expanse-32b
python crowd.py --model-type CohereAgent --model-name CohereForAI/aya-23-8B
python crowd.py --model-type CohereAgent --model-name CohereForAI/aya-23-35B

# GraniteAgent
python crowd.py --model-type GraniteAgent --model-name ibm-granite/granite-3.0-2b-instruct
python crowd.py --model-type GraniteAgent --model-name ibm-granite/granite-3.0-8b-instruct

# PhiAgent
python crowd.py --model-type PhiAgent --model-name microsoft/phi-3.5-mini-instruct
python crowd.py --model-type PhiAgent --model-name microsoft/Phi-3-mini-4k-instruct
python crowd.py --model-type PhiAgent --model-name microsoft/Phi-3-small-8k-instruct
python crowd.py --model-type PhiAgent --model-name microsoft/Phi-3-medium-4k-instruct

# SarvamAgent
python crowd.py --model-type SarvamAgent --model-name sarvamai/sarvam-1
python crowd.py --model-type SarvamAgent --model-name sarvamai/sarvam-2b-v0.5