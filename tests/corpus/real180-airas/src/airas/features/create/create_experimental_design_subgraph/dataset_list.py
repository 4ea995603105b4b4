DATASET_LIST = {
    "Text Datasets": {
        # Instruction Tuning
        ## https://huggingface.co/datasets/yahma/alpaca-cleaned
        "alpaca-cleaned": "",
        ## https://huggingface.co/datasets/databricks/databricks-dolly-15k
        "databricks-dolly-15k": "",
        # Preference Tuning
        # Multilingual
        # Code
    },
    "Image Datasets": {
        "ImageNet": "",
        "CIFAR-10": "",
    },
}
