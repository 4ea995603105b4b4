import ollama from "ollama";
const response = await ollama.chat({
    model: "llama3.1:8b",
    messages: [{ role: "user", content: "Write a short product announcement email" }],
});
console.log(response.message.content);
