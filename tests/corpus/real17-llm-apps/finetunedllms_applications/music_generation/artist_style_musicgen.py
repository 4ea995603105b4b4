import scipy
import torch
from transformers import AutoProcessor, MusicgenForConditionalGeneration

STYLE_HINTS = {
    "diljit dosanjh": " with Punjabi beats, dhol drums, and modern pop production",
    "taylor swift": " with pop country fusion, strong vocals, and narrative lyrics",
}


def compose(prompt, artist=None, seconds=10, size="large"):
    """size: one of "small", "medium", "large"."""
    checkpoint = f"facebook/musicgen-{size}"
    processor = AutoProcessor.from_pretrained(checkpoint)
    model = MusicgenForConditionalGeneration.from_pretrained(checkpoint)

    text = prompt
    if artist:
        text = f"Generate music in the style of {artist}: {prompt}" + STYLE_HINTS.get(artist.lower(), "")

    batch = processor(text=[text], padding=True, return_tensors="pt")
    audio = model.generate(**batch, max_new_tokens=seconds * 50, do_sample=True,
                           guidance_scale=3.5, temperature=0.8)

    suffix = f"_{artist.replace(' ', '_').lower()}" if artist else ""
    target = f"generated_music{suffix}.wav"
    scipy.io.wavfile.write(target, rate=model.config.audio_encoder.sampling_rate, data=audio[0, 0].numpy())
    return target


def punjabi(prompt, seconds=30):
    return compose(prompt, artist="Diljit Dosanjh", seconds=seconds, size="large")


def swift(prompt, seconds=30):
    return compose(prompt, artist="Taylor Swift", seconds=seconds, size="large")


if __name__ == "__main__":
    print(punjabi("An upbeat bhangra song with dhol drums and modern pop elements"))
    print(swift("A heartbreak pop song with country influences"))
