use reqwest::Client;
use serde::Deserialize;
use std::error::Error;

#[derive(Deserialize, Debug)]
struct OllamaResponse {
    response: String,
}

pub async fn request_ollama(prompt: &str) -> Result<String, Box<dyn Error>> {
    let client = Client::new();
    let url = "http://localhost:11434/api/generate";
    let payload = serde_json::json!({
        "model": "llama3",
        "prompt": prompt,
        "stream": false
    });

    println!("Sending request to: {}", url);

    let res = client.post(url).json(&payload).send().await?;
    let status = res.status();
    let text = res.text().await?;

    if status.is_success() {
        let parsed: OllamaResponse = serde_json::from_str(&text)?;
        Ok(parsed.response)
    } else {
        Err(Box::from(format!("Request failed with status: {}. Body: {}", status, text)))
    }
}
