######################
# synth_voice_config
# See: https://github.com/snakers4/silero-models#text-to-speech
######################
AUDIO_DIR_NAME = 'audio'
LANGUAGE = 'ru'         # change to your language
MODEL_ID = 'v3_1_ru'    # change model specific for your language
SAMPLE_RATE = 48000
SPEAKER = 'baya'        # change speaker for your language
TORCH_DEVICE = 'cpu'
SILERO_MODEL = 'silero_tts'
