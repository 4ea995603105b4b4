import 'dart:convert';

import 'package:crypto/crypto.dart';

// (excerpt) asset-source classes and capability getters omitted

class DownloadableModel {
  final String id;
  final String name;
  final String description;
  final String url;
  final String filename;
  final String? mmprojUrl;
  final String? mmprojFilename;
  final int sizeBytes;
  final String? distribution;
  final int minRamGb;

  const DownloadableModel({
    required this.name,
    required this.description,
    required this.url,
    required this.filename,
    required this.sizeBytes,
    this.mmprojUrl,
    this.mmprojFilename,
    this.distribution,
    this.minRamGb = 2,
  }) : id = filename;

  String get sizeMb => (sizeBytes / (1024 * 1024)).toStringAsFixed(1);

  static final List<DownloadableModel> defaultModels = List.unmodifiable([
    DownloadableModel(
      name: 'FunctionGemma 270M',
      description: 'Tiny model for function calling and tool-use demos.',
      url:
          'https://huggingface.co/unsloth/functiongemma-270m-it-GGUF/resolve/main/functiongemma-270m-it-Q4_K_M.gguf?download=true',
      filename: 'functiongemma-270m-it-Q4_K_M.gguf',
      sizeBytes: 253127904,
      distribution: 'Unsloth',
      minRamGb: 2,
    ),
    DownloadableModel(
      name: 'Qwen3.5 0.8B Instruct',
      description: 'Small general assistant with tools, reasoning and vision.',
      url:
          'https://huggingface.co/unsloth/Qwen3.5-0.8B-GGUF/resolve/main/Qwen3.5-0.8B-Q4_K_M.gguf?download=true',
      filename: 'Qwen3.5-0.8B-Q4_K_M.gguf',
      mmprojUrl:
          'https://huggingface.co/unsloth/Qwen3.5-0.8B-GGUF/resolve/main/mmproj-F16.gguf?download=true',
      mmprojFilename: 'Qwen3.5-0.8B-mmproj-F16.gguf',
      sizeBytes: 754903104,
      distribution: 'Unsloth',
      minRamGb: 3,
    ),
    DownloadableModel.fromSources(
      id: 'qwen3-asr-0.6b-q8-0',
      name: 'Qwen3-ASR 0.6B',
      description: 'Experimental local speech transcription.',
      modelSource: const RemoteModelAssetSource(
        url:
            'https://huggingface.co/ggml-org/Qwen3-ASR-0.6B-GGUF/resolve/928ab958557df9aa2ef1c93e0e83c7ad0933fae2/Qwen3-ASR-0.6B-Q8_0.gguf?download=true',
        filename: 'Qwen3-ASR-0.6B-Q8_0.gguf',
        sizeBytes: 804749248,
      ),
      multimodalProjectorSource: const RemoteModelAssetSource(
        url:
            'https://huggingface.co/ggml-org/Qwen3-ASR-0.6B-GGUF/resolve/928ab958557df9aa2ef1c93e0e83c7ad0933fae2/mmproj-Qwen3-ASR-0.6B-Q8_0.gguf?download=true',
        filename: 'mmproj-Qwen3-ASR-0.6B-Q8_0.gguf',
        sizeBytes: 214392480,
      ),
      distribution: 'ggml-org',
      minRamGb: 4,
    ),
    DownloadableModel.fromSources(
      name: 'Gemma 4 E2B it',
      description: 'Compact multimodal assistant for image, audio and video input.',
      modelSource: const RemoteModelAssetSource(
        url:
            'https://huggingface.co/unsloth/gemma-4-E2B-it-GGUF/resolve/90f9618340396838ee7ff5b0ba2da27da62953d3/gemma-4-E2B-it-Q4_K_S.gguf?download=true',
        filename: 'gemma-4-E2B-it-Q4_K_S.gguf',
        sizeBytes: 3043932288,
      ),
      webModelSource: const RemoteModelAssetSource(
        url:
            'https://huggingface.co/unsloth/gemma-4-E2B-it-GGUF/resolve/main/gemma-4-E2B-it-Q4_K_S.gguf?download=true',
        filename: 'gemma-4-E2B-it-Q4_K_S.gguf',
        sizeBytes: 3043934304,
      ),
    ),
  ]);
}
