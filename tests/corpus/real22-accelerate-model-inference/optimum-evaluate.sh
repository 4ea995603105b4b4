optimum-benchmark --config-dir optimum-configs/ --config-name fp16 --multirun

#python optimum-report.py -e Wenzhong-GPT2-experiment/IDEA-CCNL/Wenzhong-GPT2-110M/ Wenzhong-GPT2-experiment/IDEA-CCNL/Wenzhong-GPT2-110M/ -r optimum-artifacts/Wenzhong-GPT2-110M/
