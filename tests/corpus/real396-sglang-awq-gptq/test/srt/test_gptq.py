import unittest
import torch

from sglang.srt.layers.quantization.gptq import (
    GPTQConfig,
    GPTQMarlinConfig,
    MarlinConfig,
)
# Assuming VLLM_KERNELS_AVAILABLE is now correctly exposed by custom_ops_placeholder
from sglang.srt.layers.quantization.gptq_internal.custom_ops_placeholder import (
    VLLM_KERNELS_AVAILABLE,
)
from sglang.srt.layers.quantization.gptq_internal import (
    SglangGPTQLinearMethod,
    SglangMarlinLinearMethod,
    SglangGPTQMarlinLinearMethod,
    sglang_scalar_types,
)
from sglang.srt.layers.linear import LinearBase
from sglang.srt.utils import is_cuda as _is_cuda

class TestGPTQMethods(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(42)
        self.device = "cuda" if torch.cuda.is_available() and _is_cuda() else "cpu"
        if self.device == "cpu":
            self.skipTest("Quantization tests require CUDA.")

        # Dimensions need to be compatible with Marlin constraints if testing Marlin
        # Marlin: K >= 128, N >= 64 (prefer >=256 for some kernels)
        # GPTQ group_size typically 128. Input_size should be multiple of group_size.
        self.input_size = 256  # Multiple of 128 for group size, >=128 for Marlin K
        self.output_size = 512 # Multiple of 64/256 for Marlin N
        self.batch_size = 2

        self.input_size_per_partition = self.input_size
        self.output_partition_sizes = [self.output_size]
        self.params_dtype = torch.float16

