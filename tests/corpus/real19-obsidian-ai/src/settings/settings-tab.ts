import { App, PluginSettingTab, Setting } from 'obsidian';
import { SettingsManager } from './settings-manager';

export class AIObsidianSettingTab extends PluginSettingTab {
  constructor(app: App, private plugin: any, private mgr: SettingsManager) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.mgr.getSettings();

    containerEl.createEl("h3", { text: "General" });
    new Setting(containerEl)
      .setName("Review directory")
      .addText((t) => t.setPlaceholder("99-System/Archive/ai-reviews").setValue(s.reviewDirectory)
        .onChange((v) => this.mgr.updateSetting('reviewDirectory', v)));

    new Setting(containerEl)
      .setName("AI Provider")
      .addDropdown((d) => d
        .addOption("cli", "CLI (Command Line)")
        .addOption("anthropic", "Anthropic API")
        .addOption("openai", "OpenAI API")
        .addOption("openrouter", "OpenRouter API")
        .addOption("ollama", "Ollama (Local)")
        .setValue(s.aiProvider)
        .onChange(async (v: any) => { await this.mgr.updateSetting('aiProvider', v); this.display(); }));

    new Setting(containerEl)
      .setName("AI CLI path")
      .addText((t) => t.setPlaceholder("/usr/local/bin/kiro-cli").setValue(s.aiCliPath)
        .onChange((v) => this.mgr.updateSetting('aiCliPath', v)));

    if (s.aiProvider === "anthropic") {
      new Setting(containerEl)
        .setName("Anthropic Model")
        .addDropdown((d) => d
          .addOption("claude-sonnet-4-5", "Claude Sonnet 4.5")
          .addOption("claude-haiku-4-5", "Claude Haiku 4.5")
          .addOption("claude-opus-4-5", "Claude Opus 4.5")
          .addOption("claude-3-5-sonnet-latest", "Claude 3.5 Sonnet (Legacy)")
          .setValue(s.anthropicModel)
          .onChange((v) => this.mgr.updateSetting('anthropicModel', v)));
    }

    if (s.aiProvider === "openai") {
      new Setting(containerEl)
        .setName("OpenAI Model")
        .addDropdown((d) => d
          .addOption("gpt-4o", "GPT-4o")
          .addOption("gpt-4o-mini", "GPT-4o Mini")
          .addOption("gpt-4", "GPT-4")
          .addOption("gpt-3.5-turbo", "GPT-3.5 Turbo")
          .setValue(s.openaiModel)
          .onChange((v) => this.mgr.updateSetting('openaiModel', v)));
      new Setting(containerEl)
        .setName("API Base URL")
        .addText((t) => t.setPlaceholder("https://api.openai.com/v1").setValue(s.apiBaseUrl || "")
          .onChange((v) => this.mgr.updateSetting('apiBaseUrl', v)));
    }

    if (s.aiProvider === "openrouter") {
      new Setting(containerEl)
        .setName("OpenRouter Model")
        .setDesc("Key from https://openrouter.ai/keys")
        .addDropdown((d) => d
          .addOption("openai/gpt-4o", "GPT-4o (OpenAI)")
          .addOption("openai/gpt-4o-mini", "GPT-4o Mini (OpenAI)")
          .addOption("anthropic/claude-3.5-sonnet", "Claude 3.5 Sonnet")
          .addOption("anthropic/claude-3.5-haiku", "Claude 3.5 Haiku")
          .addOption("google/gemini-pro-1.5", "Gemini Pro 1.5")
          .addOption("meta-llama/llama-3.1-70b-instruct", "Llama 3.1 70B")
          .addOption("mistralai/mistral-large", "Mistral Large")
          .setValue(s.openrouterModel)
          .onChange((v) => this.mgr.updateSetting('openrouterModel', v)));
    }

    if (s.aiProvider === "ollama") {
      new Setting(containerEl)
        .setName("Ollama URL")
        .addText((t) => t.setPlaceholder("http://localhost:11434").setValue(s.ollamaUrl)
          .onChange((v) => this.mgr.updateSetting('ollamaUrl', v)));
      new Setting(containerEl)
        .setName("Ollama Model")
        .setDesc("Exact name of an installed model (e.g., gemma2:12b, llama3.1, mistral, etc.)")
        .addText((t) => t.setPlaceholder("gemma3:12b").setValue(s.ollamaModel)
          .onChange((v) => this.mgr.updateSetting('ollamaModel', v)));

      const help = containerEl.createEl("div", { cls: "setting-item-description" });
      help.innerHTML = `
        <div>Popular models:</div>
        <div>• <code>gemma3:12b</code> - Gemma 3 12B</div>
        <div>• <code>llama3.1</code> - Llama 3.1 8B</div>
        <div>• <code>llama3.1:70b</code> - Llama 3.1 70B</div>
        <div>• <code>codellama</code> - Code Llama</div>
        <div>• <code>mistral</code> - Mistral 7B</div>
        <div>• <code>phi3</code> - Phi-3 Mini</div>
        <div>Run <code>ollama list</code> to see your installed models.</div>
      `;
    }
  }
}
