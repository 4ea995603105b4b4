pip install -r requirementx.txt -i https://pypi.douban.com/simple

python3 download_model.py