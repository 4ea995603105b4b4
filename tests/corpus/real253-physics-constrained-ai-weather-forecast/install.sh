module load git/2.36.2
pip install numpy==1.26.4
pip install matplotlib==3.8.4
pip install ai-models-gfs
pip install ai-models-graphcast-gfs
pip install ai-models-fourcastnetv2-gfs
pip install ai-models-panguweather-gfs
pip install ai-models-aurora-gfs
pip install git+https://github.com/deepmind/graphcast.git
pip install xarray==2025.03 pygrib awscli
pip install basemap==1.4.0 basemap-data-hires==1.3.2
pip install dm-haiku==0.0.14
