use std::path::Path;

use mlx_lm::{cache::ConcatKeyValueCache, models::gemma::gemma3::load_gemma3_model};
use mlx_lm_utils::tokenizer::{
    load_gemma_chat_template_from_file, ApplyChatTemplateArgs, Conversation, Role, Tokenizer,
};
use mlx_rs::{ops::indexing::{IndexOp, NewAxis}, transforms::eval, Array};

const CACHED_TEST_MODEL_DIR: &str = "./cache/gemma-3-270m-bf16";

fn run_gemma() -> anyhow::Result<()> {
    let dir = Path::new(CACHED_TEST_MODEL_DIR);
    let model_id = "mlx-community/gemma-3-270m-bf16".to_string();

    let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json"))
        .map_err(|e| anyhow::anyhow!("{:?}", e))?;
    let template = load_gemma_chat_template_from_file(dir.join("chat_template.jinja"))?;

    let convo = vec![Conversation { role: Role::User, content: "what's your name?" }];
    let args = ApplyChatTemplateArgs {
        conversations: vec![convo.into()],
        documents: None,
        model_id: &model_id,
        chat_template_id: None,
        add_generation_prompt: Some(true),
        continue_final_message: None,
        add_special_tokens: Some(true),
    };
    let enc = tokenizer.apply_chat_template_and_encode(template, args)?;
    let ids: Vec<u32> = enc.iter().flat_map(|e| e.get_ids()).copied().collect();
    let prompt = Array::from(&ids[..]).index(NewAxis);

    let mut cache = Vec::new();
    let mut model = load_gemma3_model(dir)?;
    let stream = mlx_lm::models::gemma::gemma3::Generate::<ConcatKeyValueCache>::new(
        &mut model, &mut cache, 0.0, &prompt,
    );

    let mut pending = Vec::new();
    for (tok, n) in stream.zip(0..256) {
        pending.push(tok.unwrap());
        if n == 0 || pending.len() % 20 == 0 {
            eval(&pending).unwrap();
        }
        if pending.len() % 20 == 0 {
            let chunk: Vec<u32> = pending.drain(..).map(|t| t.item::<u32>()).collect();
            print!("{}", tokenizer.decode(&chunk, true).unwrap());
        }
    }
    eval(&pending).unwrap();
    let rest: Vec<u32> = pending.drain(..).map(|t| t.item::<u32>()).collect();
    println!("{}", tokenizer.decode(&rest, true).unwrap());
    Ok(())
}

fn main() -> anyhow::Result<()> {
    run_gemma()
}
