use anyhow::Result;
use mistralrs::{
    IsqBits, RequestBuilder, SpeculativeConfig, TextMessageRole, TextMessages, TextModelBuilder,
    TextSpeculativeBuilder,
};

#[tokio::main]
async fn main() -> Result<()> {
    let target = TextModelBuilder::new("meta-llama/Llama-3.1-8B-Instruct").with_logging();
    let draft = TextModelBuilder::new("meta-llama/Llama-3.2-1B-Instruct")
        .with_logging()
        .with_auto_isq(IsqBits::Eight);
    let model = TextSpeculativeBuilder::new(target, draft, SpeculativeConfig { gamma: 16 })?
        .build()
        .await?;

    let msgs = TextMessages::new()
        .add_message(TextMessageRole::System, "You are a programming assistant.")
        .add_message(TextMessageRole::User, "Write a generic binary search in Rust.");
    let res = model.send_chat_request(msgs).await?;
    println!("{}", res.choices[0].message.content.as_ref().unwrap());

    let req = RequestBuilder::new()
        .return_logprobs(true)
        .add_message(TextMessageRole::User, "Write an equation adding a few numbers.");
    let res = model.send_chat_request(req).await?;
    println!("{:?}", res.choices[0].logprobs);
    Ok(())
}
