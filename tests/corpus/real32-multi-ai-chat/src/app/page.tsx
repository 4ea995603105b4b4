"use client";
import { useState } from "react";

const MODELS = [
  { label: "ChatGPT (OpenAI)", value: "openai" },
  { label: "Gemini (Google)", value: "gemini" },
  { label: "DeepSeek", value: "deepseek" },
];

export default function Home() {
  const [model, setModel] = useState("openai");
  const [input, setInput] = useState("");
  const [messages, setMessages] = useState<{ role: string; content: string }[]>([]);

  const sendMessage = async () => {
    if (!input.trim()) return;
    const userMsg = { role: "user", content: input };
    setMessages((msgs) => [...msgs, userMsg]);
    const res = await fetch("/api/ai-chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ model, messages: [...messages, userMsg] }),
    });
    const data = await res.json();
    setMessages((msgs) => [...msgs, { role: "assistant", content: data.reply }]);
  };

  return (
    <div className="flex flex-col items-center min-h-screen p-4">
      <label htmlFor="model" className="font-medium">Model:</label>
      <select id="model" value={model} onChange={e => setModel(e.target.value)}>
        {MODELS.map(m => (
          <option key={m.value} value={m.value}>{m.label}</option>
        ))}
      </select>
      {messages.map((msg, i) => (
        <div key={i} className={msg.role === "user" ? "text-right" : "text-left"}>{msg.content}</div>
      ))}
      <input value={input} onChange={e => setInput(e.target.value)} onKeyDown={e => { if (e.key === "Enter") sendMessage(); }} />
      <footer className="mt-8 text-gray-400 text-xs text-center">OpenAI, Gemini, and DeepSeek integration demo. No API keys required for DeepSeek.</footer>
    </div>
  );
}
