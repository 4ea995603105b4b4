import scipy
import torch
from transformers import AutoProcessor, MusicgenForConditionalGeneration


def make_track(prompt, seconds=10):
    """Generate a clip from a text description and return the wav path."""
    processor = AutoProcessor.from_pretrained("facebook/musicgen-small")
    model = MusicgenForConditionalGeneration.from_pretrained("facebook/musicgen-small")

    batch = processor(text=[prompt], padding=True, return_tensors="pt")
    audio = model.generate(**batch, max_new_tokens=seconds * 50, do_sample=True, guidance_scale=3)

    rate = model.config.audio_encoder.sampling_rate
    target = "electronic_beats.wav"
    scipy.io.wavfile.write(target, rate=rate, data=audio[0, 0].numpy())
    return target


def join_elements(parts):
    return " with ".join(parts)


def make_many(prompts, lengths):
    return [make_track(p, s) for p, s in zip(prompts, lengths)]


if __name__ == "__main__":
    path = make_track("An energetic electronic beat with synth melodies", seconds=30)
    print(f"saved to {path}")
