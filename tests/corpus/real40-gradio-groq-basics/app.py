import gradio as gr
import groq
import os
import io
import numpy as np
import soundfile as sf
from PIL import Image
import base64

# Get the GROQ_API_KEY from environment variables
api_key = os.environ.get("GROQ_API_KEY")
if not api_key:
    raise ValueError("Please set the GROQ_API_KEY environment variable.")

client = groq.Client(api_key=api_key)


def transcribe_audio(audio):
    if audio is None:
        return "No audio provided.", ""
    sr, y = audio
    if y.ndim > 1:
        y = y.mean(axis=1)
    y = y.astype(np.float32)
    y /= np.max(np.abs(y))
    buffer = io.BytesIO()
    sf.write(buffer, y, sr, format='wav')
    buffer.seek(0)

    try:
        # Use Distil-Whisper English model for transcription
        transcription = client.audio.transcriptions.create(
            model="distil-whisper-large-v3-en",
            file=("audio.wav", buffer),
            response_format="text"
        )
    except Exception as e:
        transcription = f"Error in transcription: {str(e)}"
    return transcription, generate_response(transcription)


def generate_response(transcription):
    if not transcription or transcription.startswith("Error"):
        return "No valid transcription available. Please try speaking again."
    try:
        # Use Llama 3.1 70B model for text generation
        completion = client.chat.completions.create(
            model="llama-3.1-70b-versatile",
            messages=[
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": transcription}
            ],
        )
        return completion.choices[0].message.content
    except Exception as e:
        return f"Error in response generation: {str(e)}"


def analyze_image(image):
    if image is None:
        return "No image uploaded."
    buffered = io.BytesIO()
    Image.fromarray(image.astype('uint8'), 'RGB').save(buffered, format="JPEG")
    base64_image = base64.b64encode(buffered.getvalue()).decode('utf-8')
    try:
        # Use Llama 3.2 11B Vision model to analyze image
        chat_completion = client.chat.completions.create(
            messages=[{
                "role": "user",
                "content": [
                    {"type": "text", "text": "Describe this image in detail."},
                    {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{base64_image}"}},
                ],
            }],
            model="llama-3.2-11b-vision-preview",
        )
        return chat_completion.choices[0].message.content
    except Exception as e:
        return f"Error in image analysis: {str(e)}"


def respond(message, chat_history):
    chat_history = chat_history or []
    messages = []
    for user_msg, assistant_msg in chat_history:
        messages.append({"role": "user", "content": user_msg})
        messages.append({"role": "assistant", "content": assistant_msg})
    messages.append({"role": "user", "content": message})
    try:
        completion = client.chat.completions.create(
            model="llama-3.1-70b-versatile",
            messages=messages,
        )
        assistant_message = completion.choices[0].message.content
    except Exception as e:
        assistant_message = f"Error: {str(e)}"
    chat_history.append((message, assistant_message))
    return "", chat_history, chat_history


with gr.Blocks() as demo:
    gr.Markdown("# 🎙️ Groq x Gradio Multi-Modal Llama-3.2 and Whisper")
    with gr.Tab("Audio"):
        audio_input = gr.Audio(type="numpy", label="Speak or Upload Audio")
        transcription_output = gr.Textbox(label="Transcription")
        response_output = gr.Textbox(label="AI Assistant Response")
        gr.Button("Process", variant="primary").click(transcribe_audio, inputs=audio_input,
                                                      outputs=[transcription_output, response_output])
    with gr.Tab("Image"):
        image_input = gr.Image(type="numpy", label="Upload Image")
        image_description_output = gr.Textbox(label="Image Description")
        gr.Button("Analyze Image", variant="primary").click(analyze_image, inputs=image_input,
                                                            outputs=[image_description_output])
    with gr.Tab("Chat"):
        chatbot = gr.Chatbot()
        state = gr.State([])
        user_input = gr.Textbox(show_label=False, placeholder="Type your message here...")
        gr.Button("Send", variant="primary").click(respond, inputs=[user_input, state],
                                                  outputs=[user_input, chatbot, state])

demo.launch()
