import gradio as gr
from transformers import pipeline  # noqa: F401  (kept from the first version)

# --- sentiment ---
sa_app = gr.Interface.load(
    'huggingface/distilbert-base-uncased-finetuned-sst-2-english',
    title='Sentiment Analysis',
    examples=['the soup was cold again', 'what a lovely jacket', 'this is not how it works'],
    description='Type a sentence and press Submit',
)

# --- text generation ---
tg_app = gr.Interface.load(
    'huggingface/distilgpt2',
    title='Text Generation',
    examples=['I want to feel', 'It is possible to'],
    description="Start a sentence and let the model finish it",
)

# --- fill mask ---
fm_app = gr.Interface.load(
    'huggingface/distilroberta-base',
    title='Fill In The Blank',
    examples=['Do you know how much I <mask> you?'],
    description="Write a sentence with one \\<mask\\>",
)

# --- NER ---
ner_app = gr.Interface.load(
    'huggingface/dbmdz/bert-large-cased-finetuned-conll03-english',
    title='Named Entity Recognition',
    examples=['My name is Doug and I live in Delhi', 'Vishal works at Google'],
    description="Names, places and organisations get highlighted",
)

# --- summarisation ---
sum_app = gr.Interface.load(
    'huggingface/sshleifer/distilbart-cnn-12-6',
    title='Text Summarization',
    examples=['''Television is one of the wonders of modern technology. It lets us watch news, games and shows
from every corner of the world without leaving home, but too much of it can dull the imagination.'''],
    description="Paste a long paragraph to get a short summary",
)

# --- English -> Hindi ---
trans_app = gr.Interface.load(
    'huggingface/Helsinki-NLP/opus-mt-en-hi',
    title='Translate English to Hindi',
    examples=['I want to go home', "i will go to the station tomorrow"],
    description="English sentence in, Hindi out",
)

# --- text to speech ---
tts_app = gr.Interface.load(
    "huggingface/facebook/fastspeech2-en-ljspeech",
    title='Text to Speech',
    examples=["How do you do?"],
    description="Give me something to say!",
)

# --- speech to text ---
stt_app = gr.Interface.load(
    "huggingface/facebook/wav2vec2-base-960h",
    title='Speech to Text',
    inputs="mic",
    description="Record, stop, then submit.",
)

with gr.Blocks() as demo:
    gr.Markdown("# Various NLP tasks in one app (landscape on phones)")
    gr.TabbedInterface(
        [sa_app, tg_app, fm_app, ner_app, sum_app, trans_app, tts_app, stt_app],
        ["Sentiment", "Generation", "Fill Blank", "Entities", "Summary", "Translation", "TTS", "STT"],
    )

if __name__ == "__main__":
    demo.launch()
