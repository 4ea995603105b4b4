<?php

/**
 * OpenRouter Models Configuration
 * Generated on: 2025-08-31 18:36:09
 * Total models: 5
 */

return [
    // Popular models for quick selection
    'popular' => [
        'openai/gpt-4o' => 'GPT-4o (Most capable)',
        'openai/gpt-4o-mini' => 'GPT-4o Mini (Fast & affordable)',
        'anthropic/claude-3.5-sonnet' => 'Claude 3.5 Sonnet (Best overall)',
        'anthropic/claude-3-haiku' => 'Claude 3 Haiku (Fast & cheap)',
        'google/gemini-pro-1.5' => 'Gemini Pro 1.5',
        'meta-llama/llama-3.1-405b-instruct' => 'Llama 3.1 405B',
        'mistralai/mistral-large' => 'Mistral Large',
        'deepseek/deepseek-chat' => 'DeepSeek Chat',
    ],
