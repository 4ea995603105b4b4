/**
 * Hugging Face MCP handler: embeddings for code vectorisation.
 */
import { Request, Response } from 'express';
import axios from 'axios';
import { getLogger } from '../../utils/logger';

const log = getLogger('HuggingFace-MCP');

export interface HuggingFaceMCPOptions {
  token: string;
}

interface ModelInfo {
  id: string;
  name: string;
  embeddingDimension: number;
  strategy: 'code' | 'text';
}

// embedding models that answer on the Inference API
const EMBEDDING_MODELS: Record<string, ModelInfo> = {
  'intfloat/multilingual-e5-large-instruct': {
    id: 'intfloat/multilingual-e5-large-instruct',
    name: 'E5-Large-Instruct',
    embeddingDimension: 1024,
    strategy: 'text',
  },
  'sentence-transformers/all-MiniLM-L6-v2': {
    id: 'sentence-transformers/all-MiniLM-L6-v2',
    name: 'MiniLM-L6-v2',
    embeddingDimension: 384,
    strategy: 'text',
  },
  'sentence-transformers/all-mpnet-base-v2': {
    id: 'sentence-transformers/all-mpnet-base-v2',
    name: 'MPNet-Base',
    embeddingDimension: 768,
    strategy: 'text',
  },
  'thenlper/gte-large': {
    id: 'thenlper/gte-large',
    name: 'GTE-Large',
    embeddingDimension: 1024,
    strategy: 'text',
  },
};

// order of preference: E5 -> MiniLM -> MPNet -> GTE
const DEFAULT_MODEL = EMBEDDING_MODELS['intfloat/multilingual-e5-large-instruct'];
const FALLBACK_MODELS = [
  'sentence-transformers/all-MiniLM-L6-v2',
  'sentence-transformers/all-mpnet-base-v2',
  'thenlper/gte-large',
];

export class HuggingFaceMCPHandler {
  private baseUrl = 'https://api-inference.huggingface.co/models';
  private ready = false;
  private current: string = DEFAULT_MODEL.id;
  private healthy: Set<string> = new Set();

  constructor(private options: HuggingFaceMCPOptions) {}

  async initialize(): Promise<void> {
    if (!this.options.token) {
      log.warn('no Hugging Face token; handler disabled');
      return;
    }
    for (const id of [DEFAULT_MODEL.id, ...FALLBACK_MODELS]) {
      try {
        const vec = await this.embed("function test() { return 'hello'; }", id);
        if (vec.length > 0) {
          this.current = id;
          this.healthy.add(id);
          break;
        }
      } catch (err) {
        log.debug(`model ${id} failed: ${String(err)}`);
      }
    }
    this.ready = true;
  }

  private async embed(text: string, modelId: string): Promise<number[]> {
    const body = { inputs: text.replace(/\s+/g, ' ').trim().slice(0, 500), options: { wait_for_model: true } };
    const res = await axios.post(`${this.baseUrl}/${modelId}`, body, {
      headers: { Authorization: `Bearer ${this.options.token}`, 'Content-Type': 'application/json' },
      timeout: 30000,
    });
    const data = res.data;
    if (Array.isArray(data) && typeof data[0] === 'number') return data as number[];
    if (Array.isArray(data) && Array.isArray(data[0])) return data[0] as number[];
    throw new Error(`unexpected embedding payload from ${modelId}`);
  }

  async handleToolRequest(req: Request, res: Response): Promise<void> {
    const { tool, parameters } = req.body;
    if (!this.ready) {
      res.status(500).json({ error: 'handler not initialised' });
      return;
    }
    switch (tool) {
      case 'huggingface_embed_query': {
        const model = parameters?.model || this.current;
        res.status(200).json({ embedding: await this.embed(parameters.query, model) });
        break;
      }
      case 'huggingface_list_models':
        res.status(200).json({
          models: Object.values(EMBEDDING_MODELS).map(m => ({ id: m.id, name: m.name, dim: m.embeddingDimension })),
          current_working_model: this.current,
        });
        break;
      default:
        res.status(400).json({ error: `unknown tool ${tool}` });
    }
  }
}
