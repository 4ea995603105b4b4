//! FastEmbed-based local embedding generator.
//!
//! Implements the `Embedder` trait from `boternity-core` using fastembed's
//! BGESmallENV15 model (384 dimensions) with ONNX runtime inference.
