#!/bin/bash

python src/exp/download_dataset.py \
    --dataset devingulliver/dolma-v1_6-sample \
    
