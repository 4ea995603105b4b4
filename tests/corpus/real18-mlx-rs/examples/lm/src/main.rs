use hf_hub::{api::sync::ApiBuilder, Repo};
use mlx_lm::{cache::ConcatKeyValueCache, generate::Generate, models::qwen3::{self, load_qwen3_model}};
use mlx_lm_utils::tokenizer::{
    load_model_chat_template_from_file, ApplyChatTemplateArgs, Conversation, Role, Tokenizer,
};
use mlx_rs::{ops::indexing::{IndexOp, NewAxis}, Array};

fn run_qwen3() -> anyhow::Result<()> {
    // mirror endpoint + a cache dir one level up
    let hub = ApiBuilder::new()
        .with_endpoint("https://hf-mirror.com".to_string())
        .with_cache_dir("../hf_cache".into())
        .build()?;

    let model_id = "mlx-community/Qwen3-4B-bf16".to_string();
    let repo = hub.repo(Repo::new(model_id.clone(), hf_hub::RepoType::Model));
    let tok_path = repo.get("tokenizer.json")?;
    let tok_cfg_path = repo.get("tokenizer_config.json")?;
    let mut tokenizer = Tokenizer::from_file(tok_path).map_err(|e| anyhow::anyhow!("{:?}", e))?;
    let template = load_model_chat_template_from_file(tok_cfg_path)?
        .expect("no chat template in tokenizer config");

    let convo = vec![Conversation { role: Role::User, content: "hello" }];
    let args = ApplyChatTemplateArgs {
        conversations: vec![convo.into()],
        documents: None,
        model_id: &model_id,
        chat_template_id: None,
        add_generation_prompt: None,
        continue_final_message: None,
    };
    let enc = tokenizer.apply_chat_template_and_encode(template, args)?;
    let ids: Vec<u32> = enc.iter().flat_map(|e| e.get_ids()).copied().collect();
    let prompt = Array::from(&ids[..]).index(NewAxis);

    let model = load_qwen3_model(&repo)?;
    let _gen = Generate::builder()
        .model::<_, qwen3::ModelInput<ConcatKeyValueCache>>(model)
        .prompt(prompt)
        .tokenizer(tokenizer)
        .build();
    Ok(())
}

fn main() -> anyhow::Result<()> {
    run_qwen3()
}
