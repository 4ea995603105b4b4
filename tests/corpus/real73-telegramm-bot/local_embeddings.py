"""
Управление эмбеддингами с поддержкой BGE/Gemma
"""

import logging
import hashlib
import pickle
import os
from pathlib import Path
from typing import List, Union, Optional
import numpy as np

from sentence_transformers import SentenceTransformer
from FlagEmbedding import FlagModel
from local_config import EMBEDDING_MODEL

logger = logging.getLogger(__name__)


class EmbeddingCache:
    """Кэширование эмбеддингов на диск"""

    def __init__(self, cache_dir: str = "embedding_cache"):
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(exist_ok=True)
        logger.info(f"💾 Инициализирован кэш эмбеддингов: {self.cache_dir}")

    def get_hash(self, text: str) -> str:
        """Хеширование текста для имени файла"""
        return hashlib.md5(text.encode('utf-8')).hexdigest()

    def get(self, text: str) -> Optional[np.ndarray]:
        """Получение эмбеддинга из кэша"""
        hash_id = self.get_hash(text)
        cache_file = self.cache_dir / f"{hash_id}.pkl"

        if cache_file.exists():
            try:
                with open(cache_file, 'rb') as f:
                    embedding = pickle.load(f)
                logger.debug(f"💾 Кэш попадание: {hash_id[:8]}...")
                return embedding
            except Exception as e:
                logger.warning(f"⚠️ Ошибка чтения кэша {hash_id}: {repr(e)}")
                return None
        return None

    def set(self, text: str, embedding: np.ndarray):
        """Сохранение эмбеддинга в кэш"""
        hash_id = self.get_hash(text)
        cache_file = self.cache_dir / f"{hash_id}.pkl"

        try:
            with open(cache_file, 'wb') as f:
                pickle.dump(embedding, f)
            logger.debug(f"💾 Кэш сохранен: {hash_id[:8]}...")
        except Exception as e:
            logger.warning(f"⚠️ Ошибка сохранения кэша {hash_id}: {repr(e)}")


class EmbeddingManager:
    """Менеджер эмбеддингов с поддержкой BGE/Gemma и кэшированием"""

    def __init__(self, model_name: str = None):
        self.model_name = model_name or EMBEDDING_MODEL
        self.cache = EmbeddingCache()
        self.model = None
        self._init_model()
        logger.info(f"🔤 EmbeddingManager инициализирован: {self.model_name}")

    def _init_model(self):
        """Инициализация модели эмбеддингов с fallback"""
        try:
            if "bge" in self.model_name.lower():
                # BGE модели через FlagEmbedding
                logger.info(f"🔄 Загружаем BGE модель: {self.model_name}")

                # Выбираем инструкцию в зависимости от модели
                if "zh" in self.model_name.lower():
                    query_instruction = "为这个句子生成表示以用于检索相关文章："
                else:
                    query_instruction = "Represent this sentence for searching relevant passages:"

                self.model = FlagModel(
                    self.model_name,
                    query_instruction_for_retrieval=query_instruction,
                    use_fp16=False,  # Для CPU
                    normalize_embeddings=True
                )
                logger.info(f"✅ BGE модель загружена: {self.model_name}")

            elif "e5" in self.model_name.lower():
                # E5 модели требуют специального префикса
                logger.info(f"🔄 Загружаем E5 модель: {self.model_name}")
                self.model = SentenceTransformer(self.model_name, device="cpu")
                logger.info(f"✅ E5 модель загружена: {self.model_name}")

            else:
                # Стандартные SentenceTransformer модели
                logger.info(f"🔄 Загружаем SentenceTransformer: {self.model_name}")
                self.model = SentenceTransformer(self.model_name, device="cpu")
                logger.info(f"✅ SentenceTransformer загружен: {self.model_name}")

        except Exception as e:
            logger.error(f"❌ Ошибка загрузки модели {self.model_name}: {repr(e)}")
            # Fallback на MiniLM
            logger.info("🔄 Загружаем fallback модель: all-MiniLM-L6-v2")
            self.model = SentenceTransformer("all-MiniLM-L6-v2", device="cpu")
            self.model_name = "all-MiniLM-L6-v2"

    def encode(self, texts: Union[str, List[str]], use_cache: bool = True, batch_size: int = 32,
               **kwargs) -> np.ndarray:
        """Кодирование текста в эмбеддинги с кэшированием"""
        if isinstance(texts, str):
            texts = [texts]

        embeddings = []
        uncached_texts = []
        uncached_indices = []
