import torch
from google.colab import userdata
from huggingface_hub import login
from transformers import pipeline
from diffusers import DiffusionPipeline
from datasets import load_dataset
import soundfile as sf
from IPython.display import Audio


# The pattern is always the same:
# my_pipeline = pipeline("some_task")
# result = my_pipeline(my_input)


# Sentiment
classifier = pipeline("sentiment-analysis", device="cuda")
print(classifier("Pipelines make this almost too easy!"))

# Named entities
ner = pipeline("ner", grouped_entities=True, device="cuda")
print(ner("Ada Lovelace worked with Charles Babbage in London."))

# Extractive QA
question_answerer = pipeline("question-answering", device="cuda")
print(question_answerer(question="Who worked with Babbage?", context="Ada Lovelace worked with Charles Babbage in London."))

# Summarisation
summarizer = pipeline("summarization", device="cuda")
text = """The transformers library covers classification, tagging, question answering,
summarisation and much more behind a single, friendly interface, which is a big part
of why so many people use it."""
print(summarizer(text, max_length=50, min_length=25, do_sample=False)[0]['summary_text'])

# Translation, 1: default model for the task
translator = pipeline("translation_en_to_fr", device="cuda")
print(translator("Pipelines hide a lot of plumbing.")[0]['translation_text'])
# Translation, 2: naming the model
translator = pipeline("translation_en_to_es", model="Helsinki-NLP/opus-mt-en-es", device="cuda")
print(translator("Pipelines hide a lot of plumbing.")[0]['translation_text'])

# Zero-shot classification
classifier = pipeline("zero-shot-classification", device="cuda")
print(classifier("This library is great!", candidate_labels=["technology", "sports", "politics"]))

# Text generation
generator = pipeline("text-generation", device="cuda")
print(generator("The one thing to remember about pipelines is")[0]['generated_text'])

# Image generation
image_gen = DiffusionPipeline.from_pretrained(
    "stabilityai/stable-diffusion-2",
    torch_dtype=torch.float16,
    use_safetensors=True,
    variant="fp16"
    ).to("cuda")

image = image_gen(prompt="A classroom of robots painting, impressionist style").images[0]
image


# Speech
synthesiser = pipeline("text-to-speech", "microsoft/speecht5_tts", device='cuda')

embeddings_dataset = load_dataset("Matthijs/cmu-arctic-xvectors", split="validation")
speaker_embedding = torch.tensor(embeddings_dataset[7306]["xvector"]).unsqueeze(0)

speech = synthesiser("Hello from a pipeline!", forward_params={"speaker_embeddings": speaker_embedding})

sf.write("speech.wav", speech["audio"], samplerate=speech["sampling_rate"])
Audio("speech.wav")
