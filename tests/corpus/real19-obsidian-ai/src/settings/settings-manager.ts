/**
 * Settings manager: load, save and validate the plugin settings.
 */

export interface PluginSettings {
  reviewDirectory: string;
  watchedFolders: string[];
  aiCliPath: string;
  chatPanelSide: 'left' | 'right';
  aiProvider: 'cli' | 'anthropic' | 'openai' | 'openrouter' | 'ollama';
  anthropicApiKey: string;
  openaiApiKey: string;
  openrouterApiKey: string;
  ollamaUrl: string;
  anthropicModel: string;
  openaiModel: string;
  openrouterModel: string;
  ollamaModel: string;
  apiBaseUrl: string;
  maxTokens: number;
}

export const DEFAULT_SETTINGS: PluginSettings = {
  reviewDirectory: "99-System/Archive/ai-reviews",
  watchedFolders: ["04-Investigations", "08-Service", "01-Journal/Daily"],
  aiCliPath: "",
  chatPanelSide: "right",
  aiProvider: "cli",
  anthropicApiKey: "",
  openaiApiKey: "",
  openrouterApiKey: "",
  ollamaUrl: "http://localhost:11434",
  anthropicModel: "claude-sonnet-4-5",
  openaiModel: "gpt-4o",
  openrouterModel: "openai/gpt-4o-mini",
  ollamaModel: "gemma3:12b",
  apiBaseUrl: "https://api.openai.com/v1",
  maxTokens: 4000,
};

export class SettingsManager {
  private settings: PluginSettings = DEFAULT_SETTINGS;

  constructor(private plugin: any) {}

  async loadSettings(): Promise<PluginSettings> {
    this.settings = Object.assign({}, DEFAULT_SETTINGS, await this.plugin.loadData());
    this.validate();
    return this.settings;
  }

  async saveSettings(): Promise<void> {
    this.validate();
    await this.plugin.saveData(this.settings);
  }

  getSettings(): PluginSettings {
    return this.settings;
  }

  async updateSetting<K extends keyof PluginSettings>(key: K, value: PluginSettings[K]): Promise<void> {
    this.settings[key] = value;
    await this.saveSettings();
  }

  private validate(): void {
    if (typeof this.settings.maxTokens !== 'number' || this.settings.maxTokens < 1) {
      this.settings.maxTokens = DEFAULT_SETTINGS.maxTokens;
    }
    if (!['left', 'right'].includes(this.settings.chatPanelSide)) {
      this.settings.chatPanelSide = DEFAULT_SETTINGS.chatPanelSide;
    }
  }

  isProviderConfigured(provider = this.settings.aiProvider): boolean {
    switch (provider) {
      case 'cli': return Boolean(this.settings.aiCliPath);
      case 'anthropic': return Boolean(this.settings.anthropicApiKey);
      case 'openai': return Boolean(this.settings.openaiApiKey);
      case 'openrouter': return Boolean(this.settings.openrouterApiKey);
      case 'ollama': return Boolean(this.settings.ollamaModel);
      default: return false;
    }
  }
}
