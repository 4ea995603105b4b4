#!/usr/bin/env bash
# Data: MSD Task09 Spleen (https://medicaldecathlon.com/) and the CheXpert subset on the Hub.
set -e
wget -q https://msd-for-monai.s3-us-west-2.amazonaws.com/Task09_Spleen.tar -O data/Task09_Spleen.tar
tar -xf data/Task09_Spleen.tar -C data/
huggingface-cli download --repo-type dataset danjacobellis/chexpert --local-dir data/chexpert
python -m monai.bundle download --name spleen_ct_segmentation --bundle_dir models/bundles
python medimg/train.py --backbone microsoft/rad-dino --data data/chexpert --out runs/rad-dino/2025-01
