export const MODEL_LIST = ['tiny', 'base', 'small', 'medium', 'large-v3'];

// Sizes for quantized models from whisper.cpp HuggingFace repo
// tiny/base/small use q5_1, medium/large use q5_0
export const MODEL_INFO = {
  tiny: { downloadSizeMB: 32, estimatedRuntimeMemoryGB: 0.4, estimatedSpeedClass: 'very-fast' },
  base: { downloadSizeMB: 60, estimatedRuntimeMemoryGB: 0.5, estimatedSpeedClass: 'fast' },
  small: { downloadSizeMB: 190, estimatedRuntimeMemoryGB: 1.0, estimatedSpeedClass: 'ok' },
  medium: { downloadSizeMB: 539, estimatedRuntimeMemoryGB: 2.0, estimatedSpeedClass: 'slow' },
  'large-v3': { downloadSizeMB: 1080, estimatedRuntimeMemoryGB: 4.0, estimatedSpeedClass: 'slow' },
};

export const MODEL_FILES = {
  tiny: 'ggml-tiny-q5_1.bin',
  base: 'ggml-base-q5_1.bin',
  small: 'ggml-small-q5_1.bin',
  medium: 'ggml-medium-q5_0.bin',
  'large-v3': 'ggml-large-v3-q5_0.bin',
};

export const MODEL_URLS = {
  tiny: `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL_FILES.tiny}?download=1`,
  base: `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL_FILES.base}?download=1`,
  small: `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL_FILES.small}?download=1`,
  medium: `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL_FILES.medium}?download=1`,
  'large-v3': `https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL_FILES['large-v3']}?download=1`,
};

/**
 * Which models the hardware supports. Rules are explicit and easy to tweak.
 */
export function getModelSupport(capabilities) {
  const table = {};
  MODEL_LIST.forEach((name) => {
    table[name] = { supported: false, reason: '', recommendedVariant: 'q5', ...MODEL_INFO[name] };
  });
  const ramGB = capabilities?.ramGB || 0;
  const cores = capabilities?.logicalCores || 0;
  const vram = capabilities?.gpu?.vramGB || 0;
  if ((capabilities?.gpu?.backend || 'cpu') !== 'cpu' && vram >= 8) {
    enableRange(table, 'large-v3');
  } else if (ramGB >= 12 && cores >= 6) {
    enableRange(table, 'medium');
  } else {
    enableRange(table, 'small');
  }
  return table;
}

function enableRange(table, maxModel) {
  const maxIndex = MODEL_LIST.indexOf(maxModel);
  MODEL_LIST.forEach((name, idx) => {
    table[name].supported = idx <= maxIndex;
  });
}

export function pickBestModel(supportTable) {
  const supported = MODEL_LIST.filter((name) => supportTable?.[name]?.supported);
  return supported.length ? supported[supported.length - 1] : 'small';
}
