from dataclasses import dataclass, field


@dataclass(frozen=True)
class WakeWordConfig:
    model_name: str = "hey_jarvis_v0.1"
    models_path: str = "models/wake_word/"
    model_extension: str = "tflite"
    threshold: float = 0.5


@dataclass(frozen=True)
class AudioConfig:
    sample_rate: int = 16000
    frame_duration_ms: int = 80
    channels: int = 1
    capture_device: str | None = None
    energy_threshold: int = 500  # For silence sound threshold


@dataclass(frozen=True)
class STTConfig:
    model_size: str = "base.en"
    device: str = "cpu"
    compute_type: str = "int8"
    beam_size: int = 5
    vad_filter: bool = True


@dataclass(frozen=True)
class AgentConfig:
    model: str = "qwen2.5:1.5b"
    system_prompt: str | None = None
    max_tool_rounds: int = 5
    temperature: float = 0.7
    stream: bool = False
    num_ctx: int = 2048


@dataclass(frozen=True)
class TTSConfig:
    model_name: str = "en_US-lessac-medium"
    models_path: str = "models/tts/en_US-lessac-medium"
    model_extension: str = "onnx"
    speaker_id: int = 0


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"
    file: str = "logs/assistant.log"


@dataclass(frozen=True)
class AppConfig:
    wake_word: WakeWordConfig = field(default_factory=WakeWordConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    stt: STTConfig = field(default_factory=STTConfig)
    agent: AgentConfig = field(default_factory=AgentConfig)
    tts: TTSConfig = field(default_factory=TTSConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
