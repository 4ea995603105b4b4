# LiveKit Configuration
LIVEKIT_URL=wss://your-livekit-server.livekit.cloud
LIVEKIT_API_KEY=your_api_key_here
LIVEKIT_API_SECRET=your_api_secret_here

# Speech-to-Text (STT) Provider
DEEPGRAM_API_KEY=your_deepgram_api_key_here

# Large Language Model (LLM) Provider
OPENAI_API_KEY=your_openai_api_key_here

# Text-to-Speech (TTS) Provider
ELEVEN_API_KEY=your_elevenlabs_api_key_here

# Optional: Custom Soft Words (comma-separated)
# SOFT_WORDS=yeah,ok,hmm,right,uh-huh,got it,sure,yep

# Optional: Custom Command Words (comma-separated)
# COMMAND_WORDS=stop,wait,no,pause,hold on,cancel

# Optional: STT Confidence Threshold (0.0 to 1.0)
# STT_CONFIDENCE_THRESHOLD=0.7

# Optional: Transcription Delay in seconds
# TRANSCRIPTION_DELAY=0.3

# Logging Level
LOG_LEVEL=INFO
