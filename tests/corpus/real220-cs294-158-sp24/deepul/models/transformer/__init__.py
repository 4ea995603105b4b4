__all__ = [
    "TransformerVM",
    "TransformerImage",
    "TransformerMM",
]

from .utils import (
    TransformerVM,
    TransformerImage,
    TransformerMM,
)
