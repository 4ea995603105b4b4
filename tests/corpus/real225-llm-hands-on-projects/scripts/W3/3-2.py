"""
Most of instructions could be found on HuggingFace pipeline doc https://huggingface.co/docs/transformers/en/main_classes/pipelines#pipelines

HuggingFace platform provides easy-to-use pipelines to handle tasks by AI 
We are handling the text-base data, use transformers frameworks here
"""

# This file is for scripts recording, due to RAM/GPU easily being detected in Google Colab
# Pay attention to the implementation of transformers library is different in conda environment
# 