use ollama_rs::generation::completion::request::GenerationRequest;
use ollama_rs::Ollama;

#[tokio::main]
async fn main() {
    println!("Starting server on http://localhost:11434");
    let ollama = Ollama::default();

    println!("Server should be running");

    prompt("Hello How Are You?".to_string(), ollama).await;
}

async fn prompt(prompt: String, ollama: Ollama) {
    let model = "llama3.1:latest".to_string();

    let res = ollama.generate(GenerationRequest::new(model, prompt)).await;

    match res {
        Ok(res) => println!("{}", res.response),
        Err(_) => eprintln!("Failed to generate response."),
    }
}
