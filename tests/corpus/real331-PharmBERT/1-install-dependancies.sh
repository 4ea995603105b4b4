pip install orderedset
pip install pytorch
pip install transformers==4.13.0
pip install evaluate
pip install protobuf==3.20.*
pip install git+https://github.com/huggingface/accelerate

# Download Transformers codes
wget https://github.com/huggingface/transformers/archive/refs/heads/main.zip
unzip main.zip
rm main.zip
