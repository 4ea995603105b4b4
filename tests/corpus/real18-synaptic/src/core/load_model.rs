use crate::core::output_stream::WeightMaps;
use crate::core::{MODEL_NAME, MODEL_REVISION};
use crate::openai::models::AppState;
use anyhow::Error as E;
use candle_core::{DType, Device};
use candle_nn::VarBuilder;
use candle_transformers::models::llama::{Config, Llama as Llama3, LlamaConfig};
use hf_hub::api::sync::{ApiBuilder, ApiRepo};
use hf_hub::{Repo, RepoType};
use serde_json::from_reader;
use std::path::PathBuf;
use tokenizers::Tokenizer;
use tracing::info;

/// Fetch every shard named in the safetensors index of `repo`.
pub fn hub_load_safe_tensors(repo: &ApiRepo, index_file: &str) -> anyhow::Result<Vec<PathBuf>> {
    let index = std::fs::File::open(repo.get(index_file)?)?;
    let maps: WeightMaps = from_reader(&index)?;
    Ok(maps.weight_map.iter().map(|f| repo.get(f).unwrap()).collect())
}

fn get_tokenizer(repo: &ApiRepo) -> anyhow::Result<Tokenizer> {
    Tokenizer::from_file(repo.get("tokenizer.json")?).map_err(E::msg)
}

fn get_config(repo: &ApiRepo) -> anyhow::Result<Config> {
    let raw: LlamaConfig = serde_json::from_slice(&std::fs::read(repo.get("config.json")?)?)?;
    Ok(raw.into_config(false))
}

fn pick_device() -> Device {
    let dev = Device::new_metal(0).or(Device::new_cuda(0)).unwrap_or(Device::Cpu);
    info!("device {:?}", dev);
    dev
}

/// Pinned model repository, authenticated with `token`.
fn get_repo(token: String) -> anyhow::Result<ApiRepo> {
    let api = ApiBuilder::new().with_token(Some(token)).build()?;
    Ok(api.repo(Repo::with_revision(
        MODEL_NAME.to_string(),
        RepoType::Model,
        MODEL_REVISION.to_string(),
    )))
}

pub fn initialise_model(token: String, dtype: DType) -> anyhow::Result<AppState> {
    let repo = get_repo(token)?;
    let tokenizer = get_tokenizer(&repo)?;
    let device = pick_device();
    let files = match hub_load_safe_tensors(&repo, "model.safetensors.index.json") {
        Ok(files) => files,
        Err(_) => vec![repo.get("model.safetensors")?],
    };
    let config = get_config(&repo)?;
    let vb = unsafe { VarBuilder::from_mmaped_safetensors(&files, dtype, &device)? };
    let model = Llama3::load(vb, &config)?;
    Ok((model, device, tokenizer, config).into())
}
