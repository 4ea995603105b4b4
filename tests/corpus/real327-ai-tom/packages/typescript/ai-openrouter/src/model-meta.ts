
import type { OpenRouterBaseOptions, OpenRouterCommonOptions } from './text/text-provider-options'
  
const GOOGLE_GEMINI_3_1_PRO_PREVIEW =  {
    id: 'google/gemini-3.1-pro-preview',
    name: 'Google: Gemini 3.1 Pro Preview',
    supports: {
      input: ['audio', 'document', 'image', 'text', 'video'],
      output: ['text'],
      supports: ['include_reasoning', 'max_tokens', 'reasoning', 'response_format', 'seed', 'stop', 'structured_outputs', 'temperature', 'tool_choice', 'tools', 'top_p'],
    },
    context_window: 1048576,
    max_output_tokens: 65536,
    pricing: {
      text: {
        input: {
          normal: 2,
          cached: 0.575,
        },
        output: {
          normal: 12,
        },
      },
      image: 0.000002,
    },
  } as const
const ANTHROPIC_CLAUDE_SONNET_4_6 =  {
    id: 'anthropic/claude-sonnet-4.6',
    name: 'Anthropic: Claude Sonnet 4.6',
    supports: {
      input: ['text', 'image'],
      output: ['text'],
      supports: ['include_reasoning', 'max_tokens', 'reasoning', 'response_format', 'stop', 'structured_outputs', 'temperature', 'tool_choice', 'tools', 'top_k', 'top_p', 'verbosity'],
    },
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      text: {
        input: {
          normal: 3,
          cached: 4.05,
        },
        output: {
          normal: 15,
        },
      },
      image: 0,
    },
  } as const
