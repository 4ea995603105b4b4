# Used to make a dataset that is compatible with the model "DeepSeek-R1-Distill-Qwen-7B".

"""
Approach:

0. Understand the template to pass to the model.
0.1 Understand how to create HuggingFace datasets.
1. Process the PDF file.
2. Finalize the dataset & Push it to hugging face.
"""
