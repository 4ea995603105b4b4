"""TTS engines behind one interface. Each engine lazy-loads its checkpoint on first use."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import soundfile as sf
import torch


@dataclass
class ParlerEngine:
    checkpoint: str = "parler-tts/parler-tts-mini-v1"
    description: str = "A female speaker delivers a slightly expressive speech at a moderate speed."
    device: str = "cuda:0"

    @cached_property
    def model(self):
        from parler_tts import ParlerTTSForConditionalGeneration
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(self.checkpoint)
        return ParlerTTSForConditionalGeneration.from_pretrained(self.checkpoint).to(self.device), tok


@dataclass
class F5Engine:
    ckpt_file: str = "hf://SWivid/F5-TTS/F5TTS_Base/model_1200000.safetensors"
    vocab_file: str = "hf://SWivid/F5-TTS/F5TTS_Base/vocab.txt"
    ref_audio: str = "assets/ref/2024-11-03_speaker1.wav"


@dataclass
class XTTSEngine:
    model_name: str = "tts_models/multilingual/multi-dataset/xtts_v2"  # Coqui TTS catalogue name
    hf_mirror: str = field(default="coqui/XTTS-v2")
    languages: tuple[str, ...] = ("en", "de", "pt-br", "zh-cn")


@dataclass
class KokoroEngine:
    repo_id: str = "hexgrad/Kokoro-82M"
    voice: str = "af_heart"
    lang_code: str = "a"


def bark(text: str, path: str = "out/bark.wav") -> None:
    from transformers import AutoProcessor, BarkModel

    processor = AutoProcessor.from_pretrained("suno/bark")
    model = BarkModel.from_pretrained("suno/bark", torch_dtype=torch.float16).to("cuda")
    inputs = processor(text, voice_preset="v2/en_speaker_6")
    sf.write(path, model.generate(**inputs).cpu().numpy().squeeze(), 24000)


def speecht5(text: str):
    from datasets import load_dataset
    from transformers import SpeechT5ForTextToSpeech, SpeechT5HifiGan, SpeechT5Processor

    processor = SpeechT5Processor.from_pretrained("microsoft/speecht5_tts")
    model = SpeechT5ForTextToSpeech.from_pretrained("microsoft/speecht5_tts")
    vocoder = SpeechT5HifiGan.from_pretrained("microsoft/speecht5_hifigan")
    xvectors = load_dataset("Matthijs/cmu-arctic-xvectors", split="validation")
    speaker = torch.tensor(xvectors[7306]["xvector"]).unsqueeze(0)
    return model.generate_speech(processor(text=text, return_tensors="pt")["input_ids"], speaker, vocoder=vocoder)
