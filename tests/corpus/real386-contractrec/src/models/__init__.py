"""
Model implementations and training code.
"""
from .contract_bert import ContractBERT
from .clause_classifier import *
from .clause_generator import *

__all__ = ['ContractBERT']
