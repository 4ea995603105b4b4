import type { AIModel, AIProvider } from '../../types/theme';

export const DEFAULT_OPENAI_COMPATIBLE_BASE = 'https://api.openai.com/v1';
export const DEFAULT_OLLAMA_CLOUD_BASE = 'https://ollama.com';
export const DEFAULT_OLLAMA_MODEL_CATALOG_BASE = 'https://api.ollama.com';
const LOCAL_OLLAMA_PROXY_BASE = '/ollama-api';
const LOCAL_OLLAMA_MODELS_PROXY_BASE = '/ollama-models';
const PUBLIC_MODEL_PROXY_PREFIXES = [
  'https://corsproxy.io/?',
  'https://api.codetabs.com/v1/proxy?quest=',
];

interface ModelDiscoveryOptions {
  apiKey?: string;
  baseUrl?: string;
}

interface OpenRouterModelEntry {
  id?: string;
  name?: string;
  pricing?: {
    prompt?: string | number;
    completion?: string | number;
    input?: string | number;
    output?: string | number;
  };
}

function trimTrailingSlash(value: string): string {
  return value.replace(/\/+$/, '');
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function isOllamaCloudHost(hostname: string): boolean {
  return hostname === 'ollama.com' || hostname === 'api.ollama.com' || hostname.endsWith('.ollama.com');
}

function isLocalDevHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname.endsWith('.local');
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Number.parseFloat(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

function toPricePerMillionFromPerToken(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n == null) return undefined;
  return n * 1_000_000;
}

function normalizeOpenAICompatibleBase(baseUrl?: string): string {
  const input = trimTrailingSlash(baseUrl?.trim() || DEFAULT_OPENAI_COMPATIBLE_BASE);
  if (input.endsWith('/v1')) return input;
  if (/\/v\d+$/.test(input)) return input;
  return `${input}/v1`;
}

function normalizeOllamaBase(baseUrl?: string): string {
  let input = trimTrailingSlash(baseUrl?.trim() || DEFAULT_OLLAMA_CLOUD_BASE);
  if (input.endsWith('/api')) {
    input = input.slice(0, -4);
  }

  // Keep Ollama Cloud base canonical even if the user accidentally enters a path.
  if (isHttpUrl(input)) {
    try {
      const parsed = new URL(input);
      if (isOllamaCloudHost(parsed.hostname) && parsed.pathname !== '/' && parsed.pathname !== '') {
        input = `${parsed.protocol}//${parsed.host}`;
      }
    } catch {
      // Leave as-is when URL parsing fails; caller validates separately.
    }
  }

  return input;
}

function resolveOllamaBaseForBrowser(baseUrl?: string): string {
  const normalized = normalizeOllamaBase(baseUrl);
  if (typeof window === 'undefined') return normalized;
  if (!isHttpUrl(normalized)) return normalized;

  try {
    const target = new URL(normalized);
    const appHost = window.location.hostname;
    if (isOllamaCloudHost(target.hostname) && isLocalDevHost(appHost)) {
      // Avoid browser CORS preflight failures in local dev by using Vite proxy.
      return LOCAL_OLLAMA_PROXY_BASE;
    }
  } catch {
    // Keep normalized value when parsing fails.
  }

  return normalized;
}

function resolveOllamaModelCatalogBaseForBrowser(): string {
  const normalized = trimTrailingSlash(DEFAULT_OLLAMA_MODEL_CATALOG_BASE);
  if (typeof window === 'undefined') return normalized;

  const appHost = window.location.hostname;
  if (isLocalDevHost(appHost)) {
    // Avoid browser CORS preflight failures in local dev by using Vite proxy.
    return LOCAL_OLLAMA_MODELS_PROXY_BASE;
  }

  return normalized;
}

function resolveOllamaModelCatalogCandidates(): string[] {
  const officialUrl = `${trimTrailingSlash(DEFAULT_OLLAMA_MODEL_CATALOG_BASE)}/api/tags`;
  if (typeof window === 'undefined') {
    return [officialUrl];
  }

  const candidates: string[] = [officialUrl];
  if (isLocalDevHost(window.location.hostname)) {
    candidates.push(`${LOCAL_OLLAMA_MODELS_PROXY_BASE}/api/tags`);
  }

  PUBLIC_MODEL_PROXY_PREFIXES.forEach((prefix) => {
    candidates.push(`${prefix}${encodeURIComponent(officialUrl)}`);
  });

  return Array.from(new Set(candidates));
}
