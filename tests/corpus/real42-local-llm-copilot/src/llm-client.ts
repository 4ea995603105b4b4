import axios, { AxiosInstance, AxiosResponse } from 'axios';
import { Config } from './config';
import { CompletionRequest, CompletionResponse } from './types';

const STOP = ['\n\n', '```', '</code>', '<|endoftext|>'];

export class LLMClient {
    private client: AxiosInstance;

    constructor() {
        this.client = axios.create({
            timeout: 30000,
            headers: { 'Content-Type': 'application/json' }
        });
    }

    async getCompletion(request: CompletionRequest, signal?: AbortSignal): Promise<CompletionResponse | null> {
        try {
            const apiUrl = Config.getApiUrl();
            if (apiUrl.includes('ollama') || apiUrl.includes(':11434')) {
                return await this.ollama(apiUrl, request, signal);
            } else if (apiUrl.includes('lmstudio') || apiUrl.includes(':1234')) {
                return await this.chat(apiUrl, request, signal);
            }
            return await this.completions(apiUrl, request, signal);
        } catch (error) {
            console.error('LLM Client error:', error);
            return null;
        }
    }

    private async ollama(apiUrl: string, request: CompletionRequest, signal?: AbortSignal) {
        const payload = {
            model: request.model,
            prompt: request.prompt,
            stream: false,
            options: { num_predict: request.maxTokens, temperature: request.temperature, stop: STOP }
        };
        const response: AxiosResponse = await this.client.post(`${apiUrl}/api/generate`, payload, { signal });
        return response.data?.response ? { text: response.data.response, model: request.model } : null;
    }

    private async chat(apiUrl: string, request: CompletionRequest, signal?: AbortSignal) {
        const payload = {
            model: request.model,
            messages: [{ role: 'user', content: request.prompt }],
            max_tokens: request.maxTokens,
            temperature: request.temperature,
            stream: false,
            stop: STOP
        };
        const response: AxiosResponse = await this.client.post(`${apiUrl}/v1/chat/completions`, payload, { signal });
        const choice = response.data?.choices?.[0];
        return choice ? { text: choice.message.content, model: request.model } : null;
    }

    private async completions(apiUrl: string, request: CompletionRequest, signal?: AbortSignal) {
        const payload = {
            model: request.model,
            prompt: request.prompt,
            max_tokens: request.maxTokens,
            temperature: request.temperature,
            stream: false,
            stop: STOP
        };
        const response: AxiosResponse = await this.client.post(`${apiUrl}/v1/completions`, payload, { signal });
        const choice = response.data?.choices?.[0];
        return choice ? { text: choice.text, model: request.model } : null;
    }
}
