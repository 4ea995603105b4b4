from huggingface_hub import snapshot_download
import os

# ================= 配置区域 =================
REPO_ID = "TIME-benchmark/TIME-1.0"

# 远程的 data/   --> 下载到 本地 ./data/
# 远程的 output/ --> 下载到 本地 ./output/
LOCAL_ROOT_DIR = "."

os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
# ===========================================


def download_project():
    abs_path = os.path.abspath(LOCAL_ROOT_DIR)
    print(f"🚀 开始从 Hugging Face 仓库 '{REPO_ID}' 同步所有数据...")
    try:
        snapshot_download(
            repo_id=REPO_ID,
            repo_type="dataset",
            local_dir=LOCAL_ROOT_DIR,
            local_dir_use_symlinks=False,
            token=True,
            resume_download=True,
            # allow_patterns=["data/*"],
        )
        print(f"  - 数据: {os.path.join(abs_path, 'data')}")
        print(f"  - 结果: {os.path.join(abs_path, 'output')}")
    except Exception as e:
        print(f"\n❌ 下载过程中出错: {e}")


if __name__ == "__main__":
    download_project()
