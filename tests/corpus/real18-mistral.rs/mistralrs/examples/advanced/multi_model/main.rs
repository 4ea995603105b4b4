//! Serve several models from one process.
//!
//! Run with: `cargo run --release --example multi_model -p mistralrs`

use anyhow::{anyhow, Result};
use mistralrs::{
    IsqBits, MultiModelBuilder, TextMessageRole, TextMessages, TextModelBuilder, VisionModelBuilder,
};

// HuggingFace repositories
const GEMMA_MODEL_ID: &str = "google/gemma-3-4b-it";
const QWEN_MODEL_ID: &str = "Qwen/Qwen3-4B";
// short names used in requests
const GEMMA_ALIAS: &str = "gemma-vision";
const QWEN_ALIAS: &str = "qwen-text";

#[tokio::main]
async fn main() -> Result<()> {
    let model = MultiModelBuilder::new()
        .add_model_with_alias(
            GEMMA_ALIAS,
            VisionModelBuilder::new(GEMMA_MODEL_ID).with_auto_isq(IsqBits::Four).with_logging(),
        )
        .add_model_with_alias(QWEN_ALIAS, TextModelBuilder::new(QWEN_MODEL_ID).with_auto_isq(IsqBits::Four))
        .with_default_model(GEMMA_ALIAS)
        .build()
        .await?;

    for id in &model.list_models().map_err(|e| anyhow!(e))? {
        println!("  - {id}");
    }

    let msgs = TextMessages::new().add_message(TextMessageRole::User, "What is 2 + 2? Answer briefly.");
    let res = model.send_chat_request(msgs).await?;
    println!("default: {}", res.choices[0].message.content.as_ref().unwrap());

    let msgs = TextMessages::new().add_message(TextMessageRole::User, "Say hello in one word.");
    let res = model.send_chat_request_with_model(msgs, Some(QWEN_ALIAS)).await?;
    println!("qwen: {}", res.choices[0].message.content.as_ref().unwrap());

    model.set_default_model_id(QWEN_ALIAS).map_err(|e| anyhow!(e))?;

    model.unload_model(GEMMA_ALIAS)?;
    model.reload_model(GEMMA_ALIAS).await?;
    println!("gemma loaded again: {}", model.is_model_loaded(GEMMA_ALIAS)?);
    Ok(())
}
