# 配置文件


CONFIG = {
    "dim": 768,  # 向量维度
    "data_path": r"D:\py_projects\faiss_test\test\slices",  # 数据存储路径
    "default_section": "main",  # 默认切面名称
    "index_file": "index.db",     # 索引文件
    "cache_file": "keys.cache",   # 缓存文件
    "embedding_model": "shaw/dmeta-embedding-zh",    # 嵌入模型名称
}
