SPEAKER_DIARIZATION_MODEL = "pyannote/speaker-diarization-3.1"
MIN_TEXT_LEN = 20
ELEVENLABS_MODEL = "eleven_multilingual_v2"
ELEVENLABS_VOICE_SETTINGS = {
    "similarity_boost": 0.6,
    "stability": 0.8,
    "use_speaker_boost": True,
}
