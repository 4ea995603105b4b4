# -*- coding: utf-8 -*-
"""model_download.py (exported from Colab)"""

import os

# fetch the fastText language-id weights once
if not os.path.exists('lid.176.bin'):
    print("Downloading fastText language detection model...")
    os.system('wget https://dl.fbaipublicfiles.com/fasttext/supervised-models/lid.176.bin')
