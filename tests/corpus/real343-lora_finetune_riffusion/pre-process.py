# coding=utf-8
# Copyright 2023 Zhenhong Sun modified. All rights reserved.
# Copyright 2023 Riffusion team. All rights reserved.

# The format of fine-tuning dataset reference is available at
# https://huggingface.co/docs/datasets/v2.4.0/en/image_load#imagefolder-with-metadata.
# The dataset dir consists of training images and a "metadata.jsonl" file, containing
# {"file_name": "0001.png", "additional_feature": "This is a first value of a text feature you added to your images"}