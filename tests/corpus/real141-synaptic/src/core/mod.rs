pub mod generator;
pub mod load_model;
pub mod output_stream;

// 3.2.3B-Instruct
// pub static MODEL_NAME: &str = "meta-llama/Llama-3.2-3B-Instruct";
// pub static MODEL_REVISION: &str = "0cb88a4f764b7a12671c53f0838cd831a0843b95";

// 3.1.8B-Instruct
pub static MODEL_NAME: &str = "meta-llama/Llama-3.1-8B-Instruct";
pub static MODEL_REVISION: &str = "0e9e39f249a16976918f6564b8830bc894c89659";
