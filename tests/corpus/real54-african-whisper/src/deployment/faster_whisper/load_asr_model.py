from .asr import WhisperModel, FasterWhisperPipeline
from typing import Optional
import faster_whisper
import torch
from .vad import load_vad_model


def load_asr_model(whisper_arch,
                   device,
                   device_index=0,
                   compute_type="float16",
                   asr_options=None,
                   language: Optional[str] = None,
                   vad_model=None,
                   vad_options=None,
                   model: Optional[WhisperModel] = None,
                   download_root=None,
                   threads=4):
    '''Load a Whisper model for inference.
    Args:
        whisper_arch: str - The name of the Whisper model to load.
        device: str - The device to load the model on.
        download_root: Optional[str] - The root directory to download the model to.
    Returns:
        A Whisper pipeline.
    '''
    if whisper_arch.endswith(".en"):
        language = "en"

    model = model or WhisperModel(whisper_arch,
                                  device=device,
                                  device_index=device_index,
                                  compute_type=compute_type,
                                  download_root=download_root,
                                  cpu_threads=threads)
    if whisper_arch == "openai/whisper-large-v3" or "openai/whisper-large-v3-turbo":
        model.feature_extractor.mel_filters = model.feature_extractor.get_mel_filters(
            model.feature_extractor.sampling_rate, model.feature_extractor.n_fft, n_mels=128)

    tokenizer = None
    if language is not None:
        tokenizer = faster_whisper.tokenizer.Tokenizer(model.hf_tokenizer, model.model.is_multilingual, language=language)

    default_asr_options = {
        "beam_size": 5,
        "best_of": 5,
        "patience": 1,
        "temperatures": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
        "compression_ratio_threshold": 2.4,
        "no_speech_threshold": 0.6,
        "condition_on_previous_text": False,
        "suppress_numerals": False,
        "without_timestamps": True,
    }
    if asr_options is not None:
        default_asr_options.update(asr_options)
    suppress_numerals = default_asr_options.pop("suppress_numerals")
    options = faster_whisper.transcribe.TranscriptionOptions(**default_asr_options)

    default_vad_options = {"vad_onset": 0.500, "vad_offset": 0.363}
    if vad_options is not None:
        default_vad_options.update(vad_options)
    vad_model = vad_model or load_vad_model(torch.device(device), use_auth_token=None, **default_vad_options)

    return FasterWhisperPipeline(model=model, vad=vad_model, options=options, tokenizer=tokenizer,
                                 language=language, suppress_numerals=suppress_numerals,
                                 vad_params=default_vad_options)
