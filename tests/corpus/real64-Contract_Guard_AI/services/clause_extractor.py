"""
Advanced Clause Extractor using Legal-BERT + Structural Patterns
Uses nlpaueb/legal-bert-base-uncased for semantic clause understanding
"""

import torch
import re
from typing import List, Dict, Tuple, Optional, Any
from dataclasses import dataclass, field
from collections import defaultdict
import numpy as np
from sentence_transformers import util

# Import utilities
import sys
from pathlib import Path
sys.path.append(str(Path(__file__).parent.parent))

from utils.logger import ContractAnalyzerLogger, log_info, log_error
from utils.text_processor import TextProcessor


@dataclass
class ExtractedClause:
    """
    Extracted clause with comprehensive metadata
    """
    text: str
    reference: str  # e.g., "Section 5.2", "Clause 11.1"
    category: str  # e.g., "termination", "compensation", "indemnification"
    confidence: float  # 0.0-1.0
    start_pos: int
    end_pos: int
    extraction_method: str  # "structural", "semantic", "hybrid"
    risk_indicators: List[str] = field(default_factory=list)
    embeddings: Optional[np.ndarray] = None
    subclauses: List[str] = field(default_factory=list)
    legal_bert_score: float = 0.0
    
    def to_dict(self) -> Dict[str, Any]:
        """Convert to dictionary for serialization"""
        return {
            "text": self.text,
            "reference": self.reference,
            "category": self.category,
            "confidence": round(self.confidence, 3),
            "start_pos": self.start_pos,
            "end_pos": self.end_pos,
            "extraction_method": self.extraction_method,
            "risk_indicators": self.risk_indicators,
            "subclauses": self.subclauses,
            "legal_bert_score": round(self.legal_bert_score, 3)
        }


class ClauseExtractor:
    """
    Advanced clause extraction using Legal-BERT + structural patterns
    
    Process:
    1. Structural extraction (numbered sections like "5.2", "Article III")
    2. Semantic chunking (for unstructured contracts)
    3. Legal-BERT embeddings for semantic similarity
    4. Category classification using Legal-BERT + keyword matching
    5. Deduplication and ranking
    """
    
    # =========================================================================
    # CLAUSE CATEGORY DEFINITIONS WITH REPRESENTATIVE TEXTS
    # =========================================================================
    
    CLAUSE_CATEGORIES = {
        'compensation': {
            'keywords': ['salary', 'wage', 'compensation', 'pay', 'payment', 'bonus', 
                        'commission', 'remuneration', 'fee', 'rate', 'benefits'],
            'representative_text': (
                "The Employee shall receive an annual base salary of One Hundred Thousand Dollars "
                "payable in accordance with the Company's standard payroll practices. "
                "Additional compensation may include performance bonuses and stock options."
            ),
            'weight': 1.0
        },
        'termination': {
            'keywords': ['termination', 'terminate', 'notice period', 'resignation', 
                        'dismissal', 'severance', 'end of employment', 'cessation', 'notice'],
            'representative_text': (
                "Either party may terminate this Agreement upon thirty days written notice. "
                "The Company may terminate for cause immediately upon written notice to Employee. "
                "Upon termination, Employee shall receive severance compensation."
            ),
            'weight': 1.2
        },
