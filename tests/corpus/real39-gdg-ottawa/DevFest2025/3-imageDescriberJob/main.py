import os

import vertexai
from google.cloud import storage
from vertexai.preview.generative_models import GenerativeModel, Part

PROJECT_ID = os.environ.get("PROJECT_ID", "gkerocks")
REGION = os.environ.get("REGION", "us-central1")
BUCKET_NAME = os.environ.get("BUCKET_NAME", "ottawa-devfest-images")
IMAGE_PATH_PREFIX = os.environ.get("IMAGE_PATH_PREFIX", "")  # e.g. "images/"
OUTPUT_FILE = "output.txt"


def list_jpg_images(bucket_name, prefix=""):
    blobs = storage.Client().list_blobs(bucket_name, prefix=prefix)
    return [b.name for b in blobs if b.name.lower().endswith((".jpg", ".jpeg"))]


def download_image(bucket_name, blob_name, local_path):
    storage.Client().bucket(bucket_name).blob(blob_name).download_to_filename(local_path)
    return local_path


def describe_image(model, image_path):
    """Describe one image with Gemini on Vertex AI."""
    with open(image_path, "rb") as f:
        image_part = Part.from_data(mime_type="image/jpeg", data=f.read())
    response = model.generate_content(["Describe this image in detail for a report.", image_part])
    return response.text.strip()


def main():
    vertexai.init(project=PROJECT_ID, location=REGION)
    model = GenerativeModel("gemini-2.5-flash-image")

    with open(OUTPUT_FILE, "w") as out:
        for blob_name in list_jpg_images(BUCKET_NAME, IMAGE_PATH_PREFIX):
            local_filename = os.path.basename(blob_name)
            download_image(BUCKET_NAME, blob_name, local_filename)
            out.write(f"Image: {blob_name}\nDescription: {describe_image(model, local_filename)}\n\n")

    blob = storage.Client().bucket(BUCKET_NAME).blob(f"{IMAGE_PATH_PREFIX.rstrip('/')}output.txt")
    blob.upload_from_filename(OUTPUT_FILE)


if __name__ == "__main__":
    main()
