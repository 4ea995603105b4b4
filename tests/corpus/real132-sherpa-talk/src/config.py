# Silero VAD
silero_vad_model = 'silero_vad.onnx'
# Whisper
whisper_encoder = 'sherpa-onnx-whisper-small.en/small.en-encoder.int8.onnx'
whisper_decoder = 'sherpa-onnx-whisper-small.en/small.en-decoder.int8.onnx'
whisper_tokens = 'sherpa-onnx-whisper-small.en/small.en-tokens.txt'

# Vits
vits_model = 'vits-ljs/vits-ljs.onnx'
vits_lexicon = 'vits-ljs/lexicon.txt'
vits_tokens = 'vits-ljs/tokens.txt'

# General
sample_rate = 16000

# Ollama
think_model = 'llama3.1'