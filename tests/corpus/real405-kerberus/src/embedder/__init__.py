"""
Embedding generation using BGE-M3.

This package provides multilingual embedding generation for:
- Swiss legal documents (DE/FR/IT)
- User queries
- Document similarity matching
"""
