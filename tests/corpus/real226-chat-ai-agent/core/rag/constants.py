"""
RAG Constants
RAG 시스템 전역 상수 관리
"""

# 기본 내장 임베딩 모델 (하드코딩 방지)
DEFAULT_EMBEDDING_MODEL = "dragonkue-KoEn-E5-Tiny"
DEFAULT_EMBEDDING_DIMENSION = 384
DEFAULT_EMBEDDING_PATH = "models/embeddings/dragonkue-KoEn-E5-Tiny"