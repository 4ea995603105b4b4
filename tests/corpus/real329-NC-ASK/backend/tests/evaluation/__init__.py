"""
Ragas evaluation module for NC-ASK RAG pipeline.

This module provides evaluation tools and metrics for assessing the quality
of the RAG (Retrieval-Augmented Generation) pipeline using the Ragas framework.
"""
