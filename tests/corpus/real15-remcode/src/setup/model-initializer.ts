/**
 * Sets up and checks the Hugging Face embedding model during `remcode setup`.
 */
import { getLogger } from '../utils/logger';
import { EmbeddingManager } from '../vectorizers/embedders/manager';

const log = getLogger('ModelInitializer');

export interface ModelInitializationResult {
  success: boolean;
  modelId: string;
  embeddingDimension: number;
  isHealthy: boolean;
  error?: string;
}

export interface ModelInitializationOptions {
  token: string;
  preferredModel?: string;
  testEmbedding?: boolean;
}

export class ModelInitializer {
  constructor(private token: string) {}

  async initializeEmbeddingModel(options: ModelInitializationOptions): Promise<ModelInitializationResult> {
    if (!this.token) {
      return { success: false, modelId: '', embeddingDimension: 0, isHealthy: false, error: 'token required' };
    }
    try {
      const manager = new EmbeddingManager({
        token: this.token,
        primary: options.preferredModel || 'microsoft/codebert-base',
        fallback: 'BAAI/bge-base-en-v1.5',
        batchSize: 10,
      });
      const init = await manager.initializeModel();
      if (!init.isHealthy) {
        log.warn(`model ${init.modelId} loaded but failed its health check`);
      }
      return {
        success: true,
        modelId: init.modelId,
        embeddingDimension: init.modelInfo.embeddingDimension,
        isHealthy: init.isHealthy,
      };
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      log.error(`model initialisation failed: ${msg}`);
      return { success: false, modelId: '', embeddingDimension: 0, isHealthy: false, error: msg };
    }
  }

  static async validateToken(token: string): Promise<boolean> {
    if (!token) return false;
    try {
      const res = await fetch('https://huggingface.co/api/whoami', {
        headers: { Authorization: `Bearer ${token}` },
      });
      return res.ok;
    } catch {
      return false;
    }
  }

  static getModelConfiguration(init: ModelInitializationResult) {
    return {
      embeddingModel: init.modelId,
      embeddingDimension: init.embeddingDimension,
      modelHealthy: init.isHealthy,
      lastModelCheck: new Date().toISOString(),
    };
  }
}
