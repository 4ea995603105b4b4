##### Hub login and Colab secrets #####
from huggingface_hub import login
from google.colab import userdata
##### Images #####
import torch
from diffusers import FluxPipeline
from IPython.display import display
##### Speech #####
from transformers import pipeline
from datasets import load_dataset
import soundfile as sf


# Token comes from the Colab secrets panel
hf_token = userdata.get('HF_TOKEN')
login(hf_token, add_to_git_credential=True)

# Images: needs a big GPU (A100)
pipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-schnell", torch_dtype=torch.bfloat16).to("cuda")
generator = torch.Generator(device="cuda").manual_seed(0)

image = pipe(
    "A lecture hall full of owls taking notes, watercolour",
    guidance_scale=0.0,
    num_inference_steps=4,
    max_sequence_length=256,
    generator=generator
).images[0]

image.save("surreal.png")
display(image)


# Speech: also wants an A100
synthesiser = pipeline("text-to-speech", "microsoft/speecht5_tts", device='cuda')

embeddings_dataset = load_dataset("Matthijs/cmu-arctic-xvectors", split="validation")
speaker_embedding = torch.tensor(embeddings_dataset[7306]["xvector"]).unsqueeze(0)

speech = synthesiser("Greetings from the speech pipeline.", forward_params={"speaker_embeddings": speaker_embedding})

sf.write("speech.wav", speech["audio"], samplerate=speech["sampling_rate"])
