"""Package for transformer models."""

from .decoder_only import DecoderOnlyTransformer
from .classifier import ClassifierTransformer
from .mamba import MambaHourglass, Mamba
