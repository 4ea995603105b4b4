import os
import subprocess

from cartesia import Cartesia

from app.core.config import settings

client = Cartesia(api_key=settings.cartesia_api_key)

HOST_VOICE = "694f9389-aac1-45b6-b726-9d9369183238"
GUEST_VOICE = "a0e99841-438c-4a64-b679-ae501e7d6091"


def _safe_name(speaker: str) -> str:
    return speaker.replace(" ", "_").replace("(", "").replace(")", "")


def generate_audio_from_script(script, output_dir="audio_output") -> list:
    """Render every line of the podcast script to its own wav file."""
    os.makedirs(output_dir, exist_ok=True)
    audio_files = []

    for i, item in enumerate(script["script"]):
        speaker, text = item["speaker"], item["text"]
        voice_id = HOST_VOICE if speaker == "Host (Jane)" else GUEST_VOICE

        chunks = client.tts.bytes(
            model_id="sonic-2",
            transcript=text,
            voice={"mode": "id", "id": voice_id},
            output_format={
                "container": "wav",
                "encoding": "pcm_f32le",
                "sample_rate": 44100,
            },
        )
        audio = b"".join(chunks)

        path = os.path.join(output_dir, f"{i + 1:02d}_{_safe_name(speaker)}.wav")
        with open(path, "wb") as fh:
            fh.write(audio)
        audio_files.append(path)
        print(f"Generated: {path}")

    return audio_files


def concatenate_audio_files(audio_files, output_file="audio_output/full_podcast.wav") -> None:
    """Join the per-line clips with ffmpeg's concat demuxer."""
    with open("file_list.txt", "w") as fh:
        for f in audio_files:
            fh.write(f"file '{f}'\n")
    subprocess.run(
        ["ffmpeg", "-f", "concat", "-safe", "0", "-i", "file_list.txt", "-c", "copy", output_file, "-y"],
        check=False,
    )
    os.remove("file_list.txt")
    print(f"Full podcast saved as: {output_file}")
