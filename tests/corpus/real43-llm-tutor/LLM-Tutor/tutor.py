import gradio as gr
import requests


def query_ollama(prompt, model="llama3.1:8b"):
    """Query the local Ollama API with the given prompt."""
    try:
        url = "http://localhost:11434/api/generate"
        data = {"model": model, "prompt": prompt, "stream": False}
        response = requests.post(url, json=data)
        response.raise_for_status()
        return response.json().get("response", "Sorry, I couldn't generate a response.")
    except requests.exceptions.ConnectionError:
        return "Error: Could not connect to Ollama. Make sure Ollama is running on localhost:11434"
    except Exception as e:
        return f"Error: {str(e)}"


def tutor_response(user_input, history, subject, level):
    if not user_input.strip():
        return history, history, ""
    system_prompt = f"You are a helpful tutor for {subject} at {level} level. Explain concepts step by step."
    reply = query_ollama(system_prompt + "\n\nStudent: " + user_input)
    history.append(("👨‍🎓 " + user_input, "👩‍🏫 " + reply))
    return history, history, ""


with gr.Blocks(title="LLM Tutor", theme=gr.themes.Soft()) as demo:
    gr.Markdown("## 🎓 LLM Tutor with Ollama + Gradio")
    with gr.Row():
        subject = gr.Dropdown(["Math", "Physics", "History", "Programming", "Chemistry", "Biology"], label="Choose Subject", value="Math")
        level = gr.Dropdown(["Beginner", "Intermediate", "Advanced"], label="Level", value="Beginner")
    chatbot = gr.Chatbot(height=400, label="Tutor Chat")
    msg = gr.Textbox(placeholder="Ask me a question...", label="Your Question")
    submit_btn = gr.Button("Submit", variant="primary")
    clear = gr.Button("Clear Chat", variant="secondary")
    state = gr.State([])

    submit_btn.click(tutor_response, inputs=[msg, state, subject, level], outputs=[chatbot, state, msg])
    msg.submit(tutor_response, inputs=[msg, state, subject, level], outputs=[chatbot, state, msg])
    clear.click(lambda: ([], []), inputs=None, outputs=[chatbot, state])

if __name__ == "__main__":
    demo.launch()
