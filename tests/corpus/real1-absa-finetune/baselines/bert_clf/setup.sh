pip install pandas scikit-learn
pip install torch -f https://download.pytorch.org/whl/cu121/torch_stable.html
pip install "transformers[torch]" datasets
