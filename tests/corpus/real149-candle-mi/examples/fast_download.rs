// SPDX-License-Identifier: MIT OR Apache-2.0

//! Model download with progress reported through tracing.
//!
//! ```bash
//! cargo run --example fast_download --features fast-download
//! ```
//!
//! Takes a model ID as the first argument; without one it fetches
//! `julien-c/dummy-unknown`, a tiny test repository.

fn main() {
    tracing_subscriber::fmt::init();

    let model_id = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "julien-c/dummy-unknown".to_string());

    eprintln!("Downloading model: {model_id}");
    eprintln!("(files land in ~/.cache/huggingface/hub/)\n");

    match candle_mi::download_model_blocking(model_id) {
        Ok(path) => {
            eprintln!("\nDownload complete. Cache path: {}", path.display());
        }
        Err(e) => {
            eprintln!("\nDownload failed: {e}");
            std::process::exit(1);
        }
    }
}
