import subprocess
import sys

REQUIREMENTS = ["timm>=1.0", "transformers>=4.45", "einops"]
subprocess.check_call([sys.executable, "-m", "pip", "install", *REQUIREMENTS])
subprocess.check_call(["huggingface-cli", "download", "depth-anything/Depth-Anything-V2-Large", "depth_anything_v2_vitl.pth",
                       "--local-dir", "models/depthanything"])
