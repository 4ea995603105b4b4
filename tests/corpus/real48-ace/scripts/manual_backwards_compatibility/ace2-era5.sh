#!/bin/bash

set -e

# Checks that the installed fme package can do inference with the published ACE2-ERA5 model.

mkdir -p test_inference_ace2_era5
cd test_inference_ace2_era5
mkdir -p initial_conditions
mkdir -p forcing_data
wget https://huggingface.co/allenai/ACE2-ERA5/resolve/main/ace2_era5_ckpt.tar?download=true -O ace2_era5_ckpt.tar
wget https://huggingface.co/allenai/ACE2-ERA5/resolve/main/inference_config.yaml?download=true -O inference_config.yaml
wget https://huggingface.co/allenai/ACE2-ERA5/resolve/main/initial_conditions/ic_2020.nc?download=true -O initial_conditions/ic_2020.nc
wget https://huggingface.co/allenai/ACE2-ERA5/resolve/main/forcing_data/forcing_2020.nc?download=true -O forcing_data/forcing_2020.nc

# relative paths and a short run
yq e '.n_forward_steps = 50' -i inference_config.yaml
yq e '.checkpoint_path = "ace2_era5_ckpt.tar"' -i inference_config.yaml
yq e '.initial_condition.path = "initial_conditions/ic_2020.nc"' -i inference_config.yaml
yq e '.forcing_loader.dataset.data_path = "forcing_data/"' -i inference_config.yaml

yq e '.experiment_dir = "output_cpu"' -i inference_config.yaml
python -m fme.ace.inference inference_config.yaml

# run on MPS (needs torch==2.5)
yq e '.experiment_dir = "output_mps"' -i inference_config.yaml
export FME_USE_MPS=1
python -m fme.ace.inference inference_config.yaml
