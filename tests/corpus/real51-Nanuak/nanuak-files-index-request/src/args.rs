use clap::ArgGroup;
use clap::Parser;
use eyre::bail;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    version,
    about = "Index files and optionally request an embedding or caption",
    group = ArgGroup::new("input").required(true).args(&["file_path", "file_path_txt"])
)]
pub struct Args {
    /// File to index
    #[arg(long)]
    pub file_path: Option<PathBuf>,

    /// Text file listing paths to index
    #[arg(long)]
    pub file_path_txt: Option<PathBuf>,

    /// Captioning prompt
    #[arg(long)]
    pub prompt: Option<String>,

    /// Text file holding the captioning prompt
    #[arg(long)]
    pub prompt_txt: Option<PathBuf>,

    #[arg(long, default_value = "true")]
    pub embed: bool,

    #[arg(long, default_value = "true")]
    pub caption: bool,

    /// Model used for embeddings
    #[arg(long, default_value = "openai/clip-vit-base-patch32")]
    pub embedding_model: String,

    /// Model used for captions
    #[arg(long, default_value = "Salesforce/blip-image-captioning-large")]
    pub captioning_model: String,

    #[arg(long, action = clap::ArgAction::SetTrue)]
    pub debug: bool,
}

impl Args {
    pub fn get_prompt(&self) -> eyre::Result<String> {
        if let Some(p) = &self.prompt {
            Ok(p.clone())
        } else if let Some(path) = &self.prompt_txt {
            Ok(std::fs::read_to_string(path)?.trim().to_string())
        } else {
            bail!("No prompt provided");
        }
    }
}
