"""
The query vector is compared against stored chunk vectors.

Similarity search finds top-K relevant chunks.

Example (K=3):
Chunk 18 (something in Section 5) ← most similar
Chunk 19 (another thing in Section 5)
Chunk 12 (related discussion)
"""