import os
import random
import time
import warnings
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from subprocess import CalledProcessError
from typing import Any, cast

import librosa
import safetensors.torch
import torch
import torch.nn.functional as F
import torchaudio
from bigvganinference import bigvgan
from huggingface_hub import hf_hub_download
from omegaconf import OmegaConf
from torch import Tensor
from transformers import SeamlessM4TFeatureExtractor

from indextts.config import IndexTTSConfig
from indextts.gpt.model_v2 import UnifiedVoice
from indextts.qwen import QwenEmotion
from indextts.s2mel.modules.audio import mel_spectrogram
from indextts.s2mel.modules.campplus.DTDNN import CAMPPlus
from indextts.s2mel.modules.commons import MyModel, load_checkpoint2
from indextts.utils.checkpoint import load_checkpoint
from indextts.utils.front import TextNormalizer, TextTokenizer
from indextts.utils.maskgct.models.codec.kmeans.repcodec_model import RepCodec
from indextts.utils.maskgct_utils import build_semantic_model

os.environ["HF_HUB_CACHE"] = "./checkpoints/hf_cache"

CHECKPOINT_DIR = Path("checkpoints")
SAMPLING_RATE = 22050
MAX_AUDIO_LENGTH_SECONDS = 15


def normalize_emo_vec(vector: Sequence[float]) -> list[float]:
    # apply biased emotion factors for better user experience,
    # by de-emphasizing emotions that can cause strange results

    # [happy, angry, sad, afraid, disgusted, melancholic, surprised, calm]
    biases = [0.9375, 0.875, 1.0, 1.0, 0.9375, 0.9375, 0.6875, 0.5625]
    vector = [vec * bias for vec, bias in zip(vector, biases)]

    # the total emotion sum must be 0.8 or less
    total = sum(vector)
    if total > 0.8:
        scale_factor = 0.8 / total
        vector = [vec * scale_factor for vec in vector]

    return list(vector)


def mel_fn(x: Tensor) -> Tensor:
    return mel_spectrogram(
        x,
        n_fft=1024,
        win_size=1024,
        hop_size=256,
        num_mels=80,
        sampling_rate=SAMPLING_RATE,
        fmin=0,
        fmax=None,
        center=False,
    )


@cache
def get_silence_interval(size: int, interval_silence: int = 200) -> Tensor:
    """Silences to be insert between generated segments."""

    return torch.zeros(size, (SAMPLING_RATE * interval_silence) // 1000)


class IndexTTS2:
    def __init__(
        self,
        cfg_path: Path = CHECKPOINT_DIR / "config.yaml",
        model_dir: Path = CHECKPOINT_DIR,
        use_fp16: bool = False,
        device: str | None = None,
        use_cuda_kernel: bool | None = None,
        use_deepspeed: bool = False,
        use_accel: bool = False,
        use_torch_compile: bool = False,
    ) -> None:
        """
        Args:
            cfg_path (str): path to the config file.
            model_dir (str): path to the model directory.
            use_fp16 (bool): whether to use fp16.
            device (str): device to use (e.g., 'cuda:0', 'cpu'). If None, it will be set automatically based on the availability of CUDA or MPS.
            use_cuda_kernel (None | bool): whether to use BigVGan custom fused activation CUDA kernel, only for CUDA device.
            use_deepspeed (bool): whether to use DeepSpeed or not.
            use_accel (bool): whether to use acceleration engine for GPT2 or not.
            use_torch_compile (bool): whether to use torch.compile for optimization or not.
        """
        if device is not None:
            self.device = device
            self.use_fp16 = False if device == "cpu" else use_fp16
            self.use_cuda_kernel = use_cuda_kernel is not None and use_cuda_kernel and device.startswith("cuda")
        elif torch.cuda.is_available():
            self.device = "cuda:0"
            self.use_fp16 = use_fp16
            self.use_cuda_kernel = use_cuda_kernel is None or use_cuda_kernel
        elif hasattr(torch, "xpu") and torch.xpu.is_available():
            self.device = "xpu"
            self.use_fp16 = use_fp16
            self.use_cuda_kernel = False
        elif hasattr(torch, "mps") and torch.backends.mps.is_available():
            self.device = "mps"
            self.use_fp16 = False  # Use float16 on MPS is overhead than float32
            self.use_cuda_kernel = False
        else:
            self.device = "cpu"
            self.use_fp16 = False
            self.use_cuda_kernel = False
            print(">> Be patient, it may take a while to run in CPU mode.")

        self.cfg = cast(IndexTTSConfig, OmegaConf.load(cfg_path))
        self.dtype = torch.float16 if self.use_fp16 else None
        self.stop_mel_token = self.cfg.gpt.stop_mel_token

        self.qwen_emo = QwenEmotion(self.cfg.qwen_emo_path)

        self.gpt = UnifiedVoice(**self.cfg.gpt, use_accel=use_accel)
        gpt_path = model_dir / self.cfg.gpt_checkpoint
        load_checkpoint(self.gpt, gpt_path)
        self.gpt = self.gpt.to(self.device)
        if self.use_fp16:
            self.gpt.eval().half()
        else:
            self.gpt.eval()
        print(">> GPT weights restored from:", gpt_path)

        if use_deepspeed:
            try:
                import deepspeed  # type: ignore  # noqa: F401
            except (ImportError, OSError, CalledProcessError) as e:
                use_deepspeed = False
                print(f">> Failed to load DeepSpeed. Falling back to normal inference. Error: {e}")

        self.gpt.post_init_gpt2_config(use_deepspeed=use_deepspeed, kv_cache=True, half=self.use_fp16)

        if self.use_cuda_kernel:
            # preload the CUDA kernel for BigVGAN
            try:
                from bigvganinference.alias_free_activation.cuda import activation1d

                print(">> Preload custom CUDA kernel for BigVGAN", activation1d.anti_alias_activation_cuda)
            except Exception as e:
                print(">> Failed to load custom CUDA kernel for BigVGAN. Falling back to torch.")
                print(f"{e!r}")
                self.use_cuda_kernel = False

        self.extract_features = SeamlessM4TFeatureExtractor.from_pretrained("facebook/w2v-bert-2.0")

        self.semantic_model, self.semantic_mean, self.semantic_std = build_semantic_model(self.cfg.w2v_stat)
        self.semantic_model = self.semantic_model.to(self.device)
        self.semantic_model.eval()
        self.semantic_mean = self.semantic_mean.to(self.device)
        self.semantic_std = self.semantic_std.to(self.device)

        semantic_codec = RepCodec().eval()
        semantic_code_ckpt = hf_hub_download("amphion/MaskGCT", filename="semantic_codec/model.safetensors")
        safetensors.torch.load_model(semantic_codec, semantic_code_ckpt, strict=False)
        self.semantic_codec = semantic_codec.to(self.device)
        self.semantic_codec.eval()
        print(f">> semantic_codec weights restored from: {semantic_code_ckpt}")

        assert isinstance(self.cfg.s2mel_checkpoint, str)
        s2mel_path = model_dir / self.cfg.s2mel_checkpoint
        s2mel = MyModel()
        s2mel = cast(MyModel, load_checkpoint2(s2mel, s2mel_path))
        self.s2mel = s2mel.to(self.device)
        self.s2mel.cfm.estimator.setup_caches(max_batch_size=1, max_seq_length=8192)

        # Enable torch.compile optimization if requested
        if use_torch_compile:
            print(">> Enabling torch.compile optimization")
            self.s2mel.enable_torch_compile()
            print(">> torch.compile optimization enabled successfully")

        self.s2mel.eval()
        print(">> s2mel weights restored from:", s2mel_path)

        # load campplus_model
        campplus_ckpt_path = hf_hub_download("funasr/campplus", filename="campplus_cn_common.bin")
        campplus_model = CAMPPlus()
        campplus_model.load_state_dict(torch.load(campplus_ckpt_path, map_location="cpu"))
        self.campplus_model = campplus_model.to(self.device)
        self.campplus_model.eval()
        print(">> campplus_model weights restored from:", campplus_ckpt_path)

        bigvgan_name = self.cfg.vocoder.name
        self.bigvgan = bigvgan.BigVGAN.from_pretrained(bigvgan_name, use_cuda_kernel=self.use_cuda_kernel)
        self.bigvgan = self.bigvgan.to(self.device)
        self.bigvgan.remove_weight_norm()
        self.bigvgan.eval()
        print(">> bigvgan weights restored from:", bigvgan_name)

        self.bpe_path = Path(hf_hub_download(**self.cfg.dataset.bpe_model))
        self.normalizer = TextNormalizer(enable_glossary=True)
        self.normalizer.load()
        print(">> TextNormalizer loaded")
        self.tokenizer = TextTokenizer(self.bpe_path, self.normalizer)
        print(">> bpe model loaded from:", self.bpe_path)

        # 加载术语词汇表（如果存在）
        self.glossary_path = os.path.join(self.model_dir, "glossary.yaml")
        if os.path.exists(self.glossary_path):
            self.normalizer.load_glossary_from_yaml(self.glossary_path)
            print(">> Glossary loaded from:", self.glossary_path)

        emo_matrix = torch.load(hf_hub_download(repo_id="IndexTeam/IndexTTS-2", filename=self.cfg.emo_matrix))
        self.emo_matrix = emo_matrix.to(self.device)
        self.emo_num = list(self.cfg.emo_num)

        spk_matrix = torch.load(hf_hub_download(repo_id="IndexTeam/IndexTTS-2", filename=self.cfg.spk_matrix))
        self.spk_matrix = spk_matrix.to(self.device)

        self.emo_matrix = torch.split(self.emo_matrix, self.emo_num)
        self.spk_matrix = torch.split(self.spk_matrix, self.emo_num)

        # 缓存参考音频：
        self.cache_spk_cond: Tensor | None = None
        self.cache_s2mel_style: Tensor | None = None
        self.cache_s2mel_prompt: Tensor | None = None
        self.cache_spk_audio_prompt: Path | None = None
        self.cache_emo_cond: Tensor | None = None
        self.cache_emo_audio_prompt: Path | None = None
        self.cache_mel: Tensor | None = None

        # 进度引用显示（可选）
        self.gr_progress: Callable[..., None] | None = None
        self.model_version = self.cfg.version if hasattr(self.cfg, "version") else None
