import * as https from 'https';
import { StreamCallbacks } from './ollamaClient';

export const ANTHROPIC_API_BASE = 'https://api.anthropic.com';
export const ANTHROPIC_VERSION = '2023-06-01';

// Real Claude models available via Anthropic API
export const CLAUDE_API_MODELS: { id: string; label: string }[] = [
    { id: 'claude-opus-4-5', label: 'Claude Opus 4 (Most Powerful)' },
    { id: 'claude-sonnet-4-5', label: 'Claude Sonnet 4 (Recommended)' },
    { id: 'claude-haiku-3-5', label: 'Claude Haiku 3.5 (Fastest)' },
    { id: 'claude-3-5-sonnet-20241022', label: 'Claude 3.5 Sonnet' },
    { id: 'claude-3-opus-20240229', label: 'Claude 3 Opus' },
    { id: 'claude-3-haiku-20240307', label: 'Claude 3 Haiku' },
];

export const CLAUDE_API_MODEL_IDS = CLAUDE_API_MODELS.map(m => m.id);

export function isAnthropicModel(modelId: string): boolean {
    return CLAUDE_API_MODEL_IDS.includes(modelId);
}

interface AnthropicRequest {
    model: string;
    max_tokens: number;
    system?: string;
    messages: Array<{ role: 'user' | 'assistant'; content: string }>;
    stream: boolean;
}

export class AnthropicClient {
    constructor(private apiKey: string) {}

    updateApiKey(apiKey: string) {
        this.apiKey = apiKey;
    }

    async generateChat(
        messages: Array<{ role: 'user' | 'assistant'; content: string }>,
        systemPrompt: string,
        model: string,
        maxTokens: number = 4096
    ): Promise<string | null> {
        const body: AnthropicRequest = { model, max_tokens: maxTokens, system: systemPrompt, messages, stream: false };

        return new Promise((resolve, reject) => {
            const options: https.RequestOptions = {
                hostname: 'api.anthropic.com',
                port: 443,
                path: '/v1/messages',
                method: 'POST',
                headers: {
                    'Content-Type': 'application/json',
                    'x-api-key': this.apiKey,
                    'anthropic-version': ANTHROPIC_VERSION,
                },
                timeout: 120000,
            };
            let data = '';
            const req = https.request(options, (res) => {
                res.on('data', (c) => { data += c; });
                res.on('end', () => {
                    try {
                        if (res.statusCode === 401) { resolve(null); return; }
                        const parsed = JSON.parse(data) as { content?: Array<{ text: string }> };
                        resolve(parsed.content?.[0]?.text?.trim() ?? null);
                    } catch { resolve(null); }
                });
            });
            req.on('error', (err) => reject(err));
            req.on('timeout', () => { req.destroy(); reject(new Error('Timeout')); });
            req.write(JSON.stringify(body));
            req.end();
        });
    }
}

let anthropicInstance: AnthropicClient | null = null;

export function getAnthropicClient(apiKey: string): AnthropicClient {
    if (!anthropicInstance) {
        anthropicInstance = new AnthropicClient(apiKey);
    } else {
        anthropicInstance.updateApiKey(apiKey);
    }
    return anthropicInstance;
}
