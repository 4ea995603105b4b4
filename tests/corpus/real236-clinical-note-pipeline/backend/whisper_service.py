"""Utilities for running Whisper transcription workloads."""

from __future__ import annotations

import io
import os
import threading
from dataclasses import asdict, dataclass
from io import BytesIO
from typing import Any, Dict, List, Optional

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

try:  # pragma: no cover - import errors handled gracefully
    import whisper  # type: ignore
except ImportError as exc:  # pragma: no cover
    whisper = None  # type: ignore
    _whisper_import_error = exc
else:
    _whisper_import_error = None


@dataclass
class TranscriptionSegment:
    """Represents a segment of transcribed audio."""

    id: int
    start: float
    end: float
    text: str

    def dict(self) -> Dict[str, float | str]:
        return asdict(self)


@dataclass
class TranscriptionResult:
    """Full transcription output."""

    text: str
    segments: List[TranscriptionSegment]
    language: Optional[str]
    detected_language: Optional[str]


@dataclass
class StreamingUpdate:
    """Represents a streaming update delivered to websocket clients."""

    text: str
    delta: str
    language: Optional[str]


@dataclass
class _StreamingSession:
    buffer: io.BytesIO
    last_text: str = ""
    language: Optional[str] = None


class WhisperService:
    """Abstraction around the OpenAI Whisper ASR models."""

    def __init__(self, model_name: Optional[str] = None, device: Optional[str] = None) -> None:
        if whisper is None:  # pragma: no cover - ensures helpful message in missing dependency scenarios
            raise ImportError(
                "The `whisper` package is required but not installed. Install with `pip install openai-whisper`."
            ) from _whisper_import_error

        if model_name is None:
            model_name = os.getenv("WHISPER_MODEL_NAME", "small")
        if device is None:
            device = os.getenv("WHISPER_DEVICE")

        self.model_name = model_name
        self.device = device
        self._model = None
        self._model_lock = threading.Lock()
        self._sessions: Dict[str, _StreamingSession] = {}
        self._session_lock = threading.Lock()
        self._min_buffer_bytes = 32_000
        self._target_sample_rate = 16000

    def _load_model(self):
        if self._model is None:
            with self._model_lock:
                if self._model is None:
                    self._model = whisper.load_model(self.model_name, device=self.device)
        return self._model
