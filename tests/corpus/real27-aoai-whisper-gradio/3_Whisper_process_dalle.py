"""
3_Whisper_process_dalle.py

Processes audio files with the Whisper model (Azure OpenAI), optionally improves the result with
GPT models and creates images with DallE 2 / 3, behind a Gradio interface.
"""
import gradio as gr, os
import openai, azure
from openai import AzureOpenAI
import azure.cognitiveservices.speech as speechsdk
from dotenv import load_dotenv

load_dotenv("azure.env")

# Setting Azure OpenAI endpoint parameters
openai.api_base = os.getenv('OPENAI_API_BASE')
openai.api_key = os.getenv('OPENAI_API_KEY')
openai.api_version = os.getenv('OPENAI_API_VERSION')
openai.organization = os.getenv('OPENAI_ORGANIZATION')
openai.api_type = os.getenv('OPENAI_API_TYPE')

# Setting Azure Whisper Endpoint & parameters
azure.whisper_deployment_id = os.getenv('AZURE_WHISPER_DEPLOYMENT_ID')
azure.whisper_model = os.getenv('AZURE_WHISPER_API_MODEL')
azure.whisper_key = os.getenv('AZURE_WHISPER_KEY')
azure.speech_region = os.getenv('AZURE_SPEECH_REGION')
azure.speech_endpoint = os.getenv('AZURE_SPEECH_ENDPOINT')


class Dalle:
    def __init__(self):
        self.api_key = None
        self.api_orga = None
        self.api_version = None


dalle = Dalle()
dalle.api_key = os.getenv('DALLE_OPENAI_API_KEY')
dalle.api_orga = os.getenv('DALLE_OPENAI_ORGANIZATION')
dalle.api_version = os.getenv('DALLE_OPENAI_API_VERSION')


def processAudio(audio1, audio2, choiceParamWhisper, choiceImprove, systemPromptAudio, temperature=0, gptChosen="gpt-35-turbo"):
    if audio1 is None and audio2 is None:
        return "No audio inputs were provided."
    audioOk = audio1 if audio1 is not None else audio2

    client = AzureOpenAI(
        api_key=azure.whisper_key,
        azure_deployment=azure.whisper_deployment_id,
        azure_endpoint=azure.speech_endpoint,
        organization=openai.organization
    )

    with open(audioOk, "rb") as audio_file:
        if choiceParamWhisper == "translate":
            whisperResult = client.audio.translations.create(
                file=audio_file, model=azure.whisper_model, response_format="text", temperature=temperature
            )
        else:
            whisperResult = client.audio.transcriptions.create(
                file=audio_file, model=azure.whisper_model, response_format="text", temperature=temperature
            )

    if choiceImprove == "yes":
        return processGpt(whisperResult, systemPromptAudio, temperature, gptChosen)
    return whisperResult


def processGpt(inputProcess, systemPrompt, temperature, gptChosen):
    answer = openai.chat.completions.create(
        model=gptChosen,
        deployment_id=gptChosen,  # deployment id identical to the model name
        messages=[
            {"role": "system", "content": systemPrompt},
            {"role": "user", "content": inputProcess},
        ],
        temperature=temperature,
    )
    return answer['choices'][0]['message']['content']


def promptImageDef(promptImage, dalleVersion, dalleSize, dalleQuality, dalleStyle):
    imageGen = openai.images.generate(
        prompt=promptImage,
        size=dalleSize,
        user=dalle.api_orga,
        n=1,
        model=dalleVersion,
        style=dalleStyle,
        quality=dalleQuality,
    )
    return imageGen['data'][0]['url']


with gr.Blocks() as demo:
    with gr.Tab(label="Text2speech with whisper"):
        textResultAudio = gr.TextArea(lines=20, label="Results from audio", show_copy_button=True)
        gr.Interface(
            processAudio,
            [
                gr.Audio(source="microphone", type="filepath", label="Record Audio"),
                gr.Audio(source="upload", type="filepath", label="Upload Audio"),
                gr.Radio(["transcribe", "translate"], label="Translate or Transcribe", value="transcribe"),
                gr.Radio(["no", "yes"], label="improve the result with GPT model", value="no"),
                gr.Text(lines=1, label="Prompt system for the output"),
            ],
            textResultAudio,
            title="Demo App Whisper model( AOAI ) / Prompt engineering / DallE generation",
            allow_flagging="never",
        )

    with gr.Tab(label="Create Image with DallE 2 or 3"):
        promptImage = gr.Textbox(lines=20, label="Prompt to DallE")
        buttonProcessImage = gr.Button('Generate image from prompt')
        imageGen = gr.Image(label="image for DallE")

    with gr.Accordion("Extra params for GPT & DAllE ", open=False):
        temperature = gr.Slider(minimum=0, maximum=1, step=0.1, value=0, label="0 deterministic, near or 1 random result")
        gptChosen = gr.Dropdown(["GPT4", "GTP4-32k", "GPT3.5 TURBO", "GPT3.5 Turbo 16K"], ["gpt-4", "gpt-4-32k", "gpt-35-turbo", "gpt-35-turbo-16k"], label="GPT model", value="GPT3.5 TURBO", type="value")
        dalleVersion = gr.Dropdown(["DallE 2", "DallE 3"], ["dall-e-2", "dall-e-3"], label="DallE version", value="DallE 2", type="value")
        dalleSize = gr.Dropdown(["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"], label="DallE size image output", value="512x512", type="value")
        dalleStyle = gr.Dropdown(["natural", "vivid"], label="DallE style", value="natural", type="value")
        dalleQuality = gr.Dropdown(["standard", "hd"], label="DallE quality", value="standard", type="value")

        buttonProcessImage.click(promptImageDef, inputs=[promptImage, dalleVersion, dalleSize, dalleQuality, dalleStyle], outputs=imageGen)

if __name__ == "__main__":
    demo.launch()
