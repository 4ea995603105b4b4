//! AnyMoE where each expert is a LoRA adapter.
//!
//! Run with: `cargo run --release --example anymoe_lora -p mistralrs`

use anyhow::Result;
use mistralrs::{
    AnyMoeConfig, AnyMoeExpertType, AnyMoeModelBuilder, IsqBits, PagedAttentionMetaBuilder,
    TextMessageRole, TextMessages, TextModelBuilder,
};

#[tokio::main]
async fn main() -> Result<()> {
    let base = TextModelBuilder::new("mistralai/Mistral-7B-Instruct-v0.1")
        .with_auto_isq(IsqBits::Eight)
        .with_logging()
        .with_paged_attn(PagedAttentionMetaBuilder::default().build()?);

    let model = AnyMoeModelBuilder::from_text_builder(
        base,
        AnyMoeConfig {
            hidden_size: 4096,
            lr: 1e-3,
            epochs: 100,
            batch_size: 4,
            expert_type: AnyMoeExpertType::FineTuned,
            gate_model_id: None, // Some("path/to/model/id") for a pretrained gate
            training: true,
            loss_csv_path: None,
        },
        "model.layers",
        "mlp",
        "examples/amoe.json",
        vec!["typeof/zephyr-7b-beta-lora"],
        (0..16).collect(),
    )
    .build()
    .await?;

    let msgs = TextMessages::new()
        .add_message(TextMessageRole::User, "Write a generic binary search in Rust.");
    let res = model.send_chat_request(msgs).await?;
    println!("{}", res.choices[0].message.content.as_ref().unwrap());
    Ok(())
}
