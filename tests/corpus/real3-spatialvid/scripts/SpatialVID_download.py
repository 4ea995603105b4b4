import argparse
import os
import subprocess


def download_files(output_directory):
    zip_folder = os.path.join(output_directory, "download")
    video_folder = os.path.join(output_directory, "video")
    os.makedirs(zip_folder, exist_ok=True)
    os.makedirs(video_folder, exist_ok=True)
    log_path = os.path.join(zip_folder, "download_log.txt")

    for i in range(0, 186):
        url = f"https://huggingface.co/datasets/nkp37/OpenVid-1M/resolve/main/OpenVid_part{i}.zip"
        zip_path = os.path.join(zip_folder, f"OpenVid_part{i}.zip")
        if os.path.exists(zip_path):
            continue
        try:
            subprocess.run(["wget", "-O", zip_path, url], check=True)
            subprocess.run(["unzip", "-j", zip_path, "-d", video_folder], check=True)
        except subprocess.CalledProcessError as e:
            with open(log_path, "a") as log:
                log.write(f"file {url} download failed: {e}\n")
            # large parts are split in two
            part_urls = [
                f"https://huggingface.co/datasets/nkp37/OpenVid-1M/resolve/main/OpenVid_part{i}_partaa",
                f"https://huggingface.co/datasets/nkp37/OpenVid-1M/resolve/main/OpenVid_part{i}_partab"
            ]
            for part_url in part_urls:
                part_path = os.path.join(zip_folder, os.path.basename(part_url))
                if not os.path.exists(part_path):
                    subprocess.run(["wget", "-O", part_path, part_url], check=False)
            os.system("cat " + os.path.join(zip_folder, f"OpenVid_part{i}_part*") + " > " + zip_path)
            subprocess.run(["unzip", "-j", zip_path, "-d", video_folder], check=True)

    data_folder = os.path.join(output_directory, "data", "train")
    os.makedirs(data_folder, exist_ok=True)
    data_urls = [
        "https://huggingface.co/datasets/nkp37/OpenVid-1M/resolve/main/data/train/OpenVid-1M.csv",
        "https://huggingface.co/datasets/nkp37/OpenVid-1M/resolve/main/data/train/OpenVidHD.csv"
    ]
    for data_url in data_urls:
        subprocess.run(["wget", "-O", os.path.join(data_folder, os.path.basename(data_url)), data_url], check=True)


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description='Download the video data.')
    parser.add_argument('--output_directory', type=str, default="/path/to/dataset", help='where to put the data')
    download_files(parser.parse_args().output_directory)
