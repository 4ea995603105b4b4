# Step 1: Install Necessary Libraries
!pip install torch diffusers accelerate

import streamlit as st
import torch
from diffusers.pipelines.pipeline_utils import DiffusionPipeline
from diffusers.utils.export_utils import export_to_video
import os

st.title("Text-to-Video Generator")

st.sidebar.header("Instructions")
st.sidebar.write("""
1. Enter a prompt in the text box below.
2. Click "Generate Video" to create a video.
3. View the video on the page and download it if desired.
""")

prompt = st.text_input("Enter your prompt:", placeholder="e.g., Penguin dancing happily")

if st.button("Generate Video"):
    if prompt.strip():
        st.write("Generating video... This may take some time. Please wait.")

        @st.cache_resource
        def load_model():
            pipe = DiffusionPipeline.from_pretrained(
                "damo-vilab/text-to-video-ms-1.7b",
                torch_dtype=torch.float16,
                variant="fp16"
            )
            return pipe.to("cuda")

        pipe = load_model()

        all_frames = []
        for _ in range(4):
            video_frames = pipe(prompt).frames[0]
            all_frames.extend(video_frames)

        video_path = export_to_video(all_frames)
        st.video(video_path)

        with open(video_path, "rb") as video_file:
            st.download_button(
                label="Download Video",
                data=video_file,
                file_name=os.path.basename(video_path),
                mime="video/mp4"
            )
    else:
        st.error("Please enter a prompt before generating the video.")
