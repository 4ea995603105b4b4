"""
Sentence similarity helpers. The Model class below was used to try these models:
1. all-MiniLM-L6-v2
2. paraphrase-multilingual-MiniLM-L12-v2
3. all-mpnet-base-v2
4. paraphrase-multilingual-mpnet-base-v2
5. LaBSE
6. DistilUSE
"""
