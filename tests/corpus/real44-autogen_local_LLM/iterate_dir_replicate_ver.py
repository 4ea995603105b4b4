import os

import replicate
from dotenv import load_dotenv

load_dotenv()

work_dir = os.getenv("WORK_DIR")
temp_dataset = os.getenv("TEMP_DATASET")
os.environ["REPLICATE_API_TOKEN"] = os.getenv("REPLICATE")

dataset_path = os.path.join(work_dir, temp_dataset)

task = ("please describe this image as accurately and objectively as possible. start with the camera "
        "perspective, then the person, the clothing and the background.")


def describe_image_replicate(img_path):
    output = replicate.run(
        "yorickvp/llava-13b:6bc1c7bb0d2a34e413301fee8f7cc728d2d4e75bfab186aa995f63292bda92fc",
        input={
            "image": open(img_path, "rb"),
            "prompt": task,
            "temperature": 0.2
        }
    )
    return "".join(output)


index_to_get = 2
file_counter = 0
desired_file_path = None
for dirpath, _, filenames in os.walk(dataset_path):
    if dirpath == dataset_path:
        continue
    for filename in filenames:
        if file_counter == index_to_get:
            desired_file_path = os.path.join(dirpath, filename)
            break
        file_counter += 1
    if desired_file_path:
        break

print(describe_image_replicate(desired_file_path))
