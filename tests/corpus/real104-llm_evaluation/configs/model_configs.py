# Primary Model Configurations (Under 16B Parameters)
MODEL_CONFIGS = {
    "qwen3_8b": ModelConfig(
        model_name="Qwen-3 8B Instruct",
        huggingface_id="Qwen/Qwen2.5-7B-Instruct",
        license="Apache 2.0",
        size_gb=7.5,
        context_window=128000,
        preset="balanced",  # Using new preset system
        quantization_method="none",  # No quantization for now
        max_model_len=32768,  # Agent workloads
        gpu_memory_utilization=0.85,
        priority="HIGH",
        agent_optimized=True,
        agent_temperature=0.1,  # New: optimized for agents
        max_function_calls_per_turn=5,
        evaluation_batch_size=8
    ),
    
    "qwen3_14b": ModelConfig(
        model_name="Qwen-3 14B Instruct", 
        huggingface_id="Qwen/Qwen2.5-14B-Instruct-AWQ",  # Use official AWQ model
        license="Apache 2.0",
        size_gb=14.0,
        context_window=128000,
        preset="balanced",
        quantization_method="awq_marlin",  # Use AWQ-Marlin kernel for 5x speedup!
        max_model_len=24576,  # Slightly reduced for 14B
        gpu_memory_utilization=0.80,  # Increased back for quantized model
        priority="HIGH",
        agent_optimized=True,
        agent_temperature=0.1,
        max_function_calls_per_turn=5,
        evaluation_batch_size=6  # Restored batch size for quantized model
    ),
    
    "deepseek_coder_16b": ModelConfig(
        model_name="DeepSeek-Coder-V2-Lite 16B",
        huggingface_id="deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct", 
        license="Custom (Commercial OK)",
        size_gb=16.0,
        context_window=128000,
        quantization_method="awq",
        max_model_len=16384,  # MoE considerations
        gpu_memory_utilization=0.75,  # Conservative for MoE
        priority="HIGH",
        agent_optimized=True
    ),
    
    "llama31_8b": ModelConfig(
        model_name="Llama 3.1 8B Instruct",
        huggingface_id="meta-llama/Meta-Llama-3.1-8B-Instruct",
        license="Meta Community License",
        size_gb=8.0,
        context_window=128000,
        quantization_method="awq", 
        max_model_len=32768,
        gpu_memory_utilization=0.85,
        priority="MEDIUM",
        agent_optimized=True
    ),
    
    "mistral_7b": ModelConfig(
        model_name="Mistral 7B Instruct",
        huggingface_id="mistralai/Mistral-7B-Instruct-v0.3",
        license="Apache 2.0",
        size_gb=7.0,
        context_window=32768,
        quantization_method="awq",
        max_model_len=24576,
        gpu_memory_utilization=0.85,
        priority="MEDIUM", 
        agent_optimized=True
    ),
    
    "olmo2_13b": ModelConfig(
        model_name="OLMo-2 13B Instruct",
        huggingface_id="allenai/OLMo-2-1124-13B-Instruct",
        license="Apache 2.0", 
        size_gb=13.0,
        context_window=4096,  # Limited context
        quantization_method="awq",
        max_model_len=4096,
        gpu_memory_utilization=0.85,
        priority="MEDIUM",
        agent_optimized=False  # Research focus
    ),
    
    "yi_9b": ModelConfig(
        model_name="Yi-1.5 9B Chat",
        huggingface_id="01-ai/Yi-1.5-9B-Chat",
        license="Apache 2.0",
        size_gb=9.0, 
        context_window=32768,
        quantization_method="awq",
        max_model_len=24576,
        gpu_memory_utilization=0.85,
        priority="LOW",
        agent_optimized=False
    ),
    
    "phi35_mini": ModelConfig(
        model_name="Phi-3.5 Mini",
        huggingface_id="microsoft/Phi-3.5-mini-instruct", 
        license="MIT",
        size_gb=3.8,
        context_window=128000,
        quantization_method="none",  # Small enough for FP16
        max_model_len=32768,
        gpu_memory_utilization=0.90,
        priority="LOW",
        agent_optimized=False  # Too small for complex agents
    )
}

# Evaluation comparison models (restricted licenses)
COMPARISON_MODELS = {
    "gemma2_9b": ModelConfig(
        model_name="Gemma 2 9B Instruct",
        huggingface_id="google/gemma-2-9b-it",
        license="Gemma License (Restricted)",
        size_gb=9.0,
        context_window=8192,
        quantization_method="awq", 
        max_model_len=8192,
        gpu_memory_utilization=0.85,
        priority="COMPARISON",
        agent_optimized=True
    )
}

# Preset configuration factory functions
def create_qwen3_8b_configs() -> Dict[str, ModelConfig]:
    """Create Qwen-3 8B configurations for all presets"""
    base_config = MODEL_CONFIGS["qwen3_8b"]
    
    return {
        "qwen3_8b_balanced": base_config,
        "qwen3_8b_performance": base_config.create_preset_variant("performance"),
        "qwen3_8b_memory_optimized": base_config.create_preset_variant("memory_optimized"),
    }
