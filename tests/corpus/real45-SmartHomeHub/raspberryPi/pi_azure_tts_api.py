import os
import xml.etree.ElementTree as ET

import azure.cognitiveservices.speech as speechsdk

ssml = """
<speak version="1.0" xml:lang="en-US" xmlns="http://www.w3.org/2001/10/synthesis"
xmlns:mstts="https://www.w3.org/2001/mstts">
    <voice name="ABC">
        <mstts:express-as style="lalala" styledegree="0.5">
            <prosody rate="0.1">Enjoy using text-to-speech.</prosody>
        </mstts:express-as>
    </voice>
</speak>
"""

all_voice = [
    'en-US-AnaNeural',
    'en-AU-CarlyNeural',
    'en-GB-MaisieNeural',
    'here starts FEMALE',
    'en-US-JennyNeural',
    'en-US-SaraNeural',
    'en-GB-SoniaNeural',
    'here starts MALE',
    'en-US-GuyNeural',
    'en-GB-RyanNeural',
    'here starts CHINESE',
    'zh-CN-sichuan-YunxiNeural',
    'zh-CN-XiaoxiaoNeural',
    'zh-CN-YunyangNeural',
]

emotion_list = ['sad', 'cheerful', 'newscast-casual', 'sports_commentary_excited']


def modify_ssml(ssml, voice_name, style, style_degree, prosody_rate, text):
    root = ET.fromstring(ssml)
    mstts = "https://www.w3.org/2001/mstts"
    express_as = root.find(f'.//{{{mstts}}}express-as')
    prosody = express_as.find('.//{http://www.w3.org/2001/10/synthesis}prosody')
    prosody.text = text
    root.find('{http://www.w3.org/2001/10/synthesis}voice').set("name", voice_name)
    express_as.set("style", style)
    express_as.set("styledegree", style_degree)
    prosody.set("rate", prosody_rate)
    return ET.tostring(root, encoding='unicode')


speech_config = speechsdk.SpeechConfig(subscription=os.environ.get('SPEECH_KEY'), region=os.environ.get('SPEECH_REGION'))
speech_synthesizer = speechsdk.SpeechSynthesizer(speech_config=speech_config, audio_config=None)


def azure_tts_run(text, voice_name='en-US-SaraNeural', emotion='excited'):
    updated = modify_ssml(ssml, voice_name, emotion, '1.0', '1.0', text)
    result = speech_synthesizer.speak_ssml_async(updated).get()
    speechsdk.AudioDataStream(result).save_to_wav_file("output.wav")
