//! Run a GGUF-quantized model pulled from Hugging Face.
//!
//! Run with: `cargo run --release --example gguf -p mistralrs`

use anyhow::Result;
use mistralrs::{GgufModelBuilder, TextMessageRole, TextMessages};

#[tokio::main]
async fn main() -> Result<()> {
    let model = GgufModelBuilder::new(
        "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
        vec!["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"],
    )
    .with_tok_model_id("meta-llama/Meta-Llama-3.1-8B-Instruct")
    .with_logging()
    .build()
    .await?;

    let msgs = TextMessages::new()
        .add_message(TextMessageRole::System, "You are a programming assistant.")
        .add_message(TextMessageRole::User, "Write a generic binary search in Rust.");
    let res = model.send_chat_request(msgs).await?;
    println!("{}", res.choices[0].message.content.as_ref().unwrap());
    Ok(())
}
