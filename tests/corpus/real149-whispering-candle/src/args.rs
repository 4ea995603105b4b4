use super::models::WhichModel;
use clap::{command, Parser};

#[derive(Parser, Debug)]
#[command(author, version, about, long_about = None)]
pub struct Args {
    /// Use the CPU instead of a GPU.
    #[arg(long)]
    pub cpu: bool,

    #[arg(long)]
    pub model_id: Option<String>,

    /// Model revision; browse the candidates at
    /// https://huggingface.co/models?search=whisper
    #[arg(long)]
    pub revision: Option<String>,

    /// Model size: tiny, small, medium.
    #[arg(long, default_value = "tiny-en")]
    pub model: WhichModel,

    /// Input wav file, defaults to `jfk.wav`. Use sample:jfk, sample:gb1, ... to fetch
    /// a sample from https://huggingface.co/datasets/Narsil/candle_demo/
    #[arg(long)]
    pub input: Option<String>,

    /// Seed for sampling.
    #[arg(long, default_value_t = 299792458)]
    pub seed: u64,

    /// Write a trace-timestamp.json trace file.
    #[arg(long)]
    pub tracing: bool,
}
