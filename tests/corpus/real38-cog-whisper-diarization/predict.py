# Prediction interface for Cog ⚙️
import base64
import datetime
import os
import re
import subprocess
import time

import requests
import torch
from cog import BasePredictor, BaseModel, Input, Path
from faster_whisper import WhisperModel
from pyannote.audio import Pipeline


class Output(BaseModel):
    segments: list


class Predictor(BasePredictor):

    def setup(self):
        """Load the model into memory to make running multiple predictions efficient"""
        model_name = "large-v3"
        self.model = WhisperModel(
            model_name,
            device="cuda" if torch.cuda.is_available() else "cpu",
            compute_type="float16")
        self.diarization_model = Pipeline.from_pretrained(
            "pyannote/speaker-diarization-3.1",
            use_auth_token="hf_REDACTED_TOKEN").to(
                torch.device("cuda"))

    def predict(
        self,
        file_string: str = Input(description="Either provide: Base64 encoded audio file,", default=None),
        file_url: str = Input(description="Or provide: A direct audio file URL", default=None),
        file: Path = Input(description="Or an audio file", default=None),
        group_segments: bool = Input(description="Group segments of same speaker shorter apart than 2 seconds", default=True),
        num_speakers: int = Input(description="Number of speakers", ge=1, le=50, default=2),
        language: str = Input(description="Language code like 'en'. Leave empty to auto detect.", default=None),
        prompt: str = Input(description="Names, acronyms and loanwords in a list.", default="AI, Thomas, Audiogest."),
        offset_seconds: int = Input(description="Offset in seconds, used for chunked inputs", default=0, ge=0)
    ) -> Output:
        temp_wav_filename = f"temp-{time.time_ns()}.wav"
        try:
            if file is not None:
                source = str(file)
            else:
                source = f"temp-{time.time_ns()}.audio"
                if file_url is not None:
                    data = requests.get(file_url).content
                else:
                    data = base64.b64decode(file_string.split(',')[1] if ',' in file_string else file_string)
                with open(source, 'wb') as f:
                    f.write(data)
            subprocess.run(['ffmpeg', '-i', source, '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', temp_wav_filename])
            segments = self.speech_to_text(temp_wav_filename, num_speakers, prompt, offset_seconds,
                                           group_segments, language)
            return Output(segments=segments)
        except Exception as e:
            raise RuntimeError("Error Running inference with local model", e)
        finally:
            if os.path.exists(temp_wav_filename):
                os.remove(temp_wav_filename)

    def speech_to_text(self, audio_file_wav, num_speakers=2, prompt="People takling.",
                       offset_seconds=0, group_segments=True, language=None):
        segments, _ = self.model.transcribe(audio_file_wav, vad_filter=True, initial_prompt=prompt,
                                            word_timestamps=True, language=language)
        segments = [{'start': float(s.start + offset_seconds), 'end': float(s.end + offset_seconds),
                     'text': s.text,
                     'words': [{'start': float(w.start), 'end': float(w.end), 'word': w.word} for w in s.words]}
                    for s in segments]
        diarization = self.diarization_model(audio_file_wav, num_speakers=num_speakers)
        turns = list(diarization.itertracks(yield_label=True))
        final, idx = [], 0
        for segment in segments:
            words, speaker = [], None
            for word in segment['words']:
                while idx < len(turns):
                    turn, _, speaker = turns[idx]
                    if turn.start <= word['end'] + 0.1 and turn.end >= word['start'] - 0.1:
                        words.append(word)
                        break
                    idx += 1
            if words:
                text = re.sub('  ', ' ', ''.join(w['word'] for w in words)).strip()
                final.append({'start': segment['start'], 'end': segment['end'], 'speaker': speaker,
                              'text': text, 'words': words})
        output = []
        for seg in final:
            if output and group_segments and output[-1]['speaker'] == seg['speaker'] \
                    and seg['start'] - float(output[-1]['end']) <= 2:
                output[-1]['end'] = str(seg['end'])
                output[-1]['text'] += " " + seg['text']
            else:
                output.append(dict(seg, start=str(seg['start']), end=str(seg['end'])))
        print(f"Processing finished at {datetime.datetime.now()}")
        return output
