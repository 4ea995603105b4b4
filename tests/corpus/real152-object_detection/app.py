import gradio as gr
from ultralytics import YOLO
import cv2
import numpy as np
import tempfile
import os

# weights file for the detector (swap for "best.pt" after custom training)
MODEL_PATH = "yolov8n.pt"
print(f"Loading model from {MODEL_PATH}...")
model = YOLO(MODEL_PATH)


def detect_image(image):
    results = model(image)
    return results[0].plot()


def detect_video(video):
    cap = cv2.VideoCapture(video)
    fps = cap.get(cv2.CAP_PROP_FPS)
    width = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH))
    height = int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))

    temp_output = tempfile.NamedTemporaryFile(suffix=".mp4", delete=False)
    out = cv2.VideoWriter(temp_output.name, cv2.VideoWriter_fourcc(*'mp4v'), fps, (width, height))
    while True:
        ret, frame = cap.read()
        if not ret:
            break
        out.write(model(frame)[0].plot())
    cap.release()
    out.release()
    return temp_output.name


def process_input(mode, file):
    if mode == "Image":
        return detect_image(cv2.imread(file.name))
    return detect_video(file.name)


iface = gr.Interface(
    fn=process_input,
    inputs=[
        gr.Radio(choices=["Image", "Video"], label="Input Type", value="Image"),
        gr.File(label="Upload Image or Video")
    ],
    outputs=[gr.Image(label="Detected Image"), gr.Video(label="Detected Video")],
    title="YOLO Object Detection (Image + Video)",
    description="Upload a picture or a clip; YOLOv8 marks the common objects it finds.",
)

if __name__ == "__main__":
    iface.launch()
