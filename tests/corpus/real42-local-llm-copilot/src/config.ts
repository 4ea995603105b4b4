import * as vscode from 'vscode';

export class Config {
    private static readonly CONFIG_SECTION = 'localLlmCopilot';

    private static cfg() {
        return vscode.workspace.getConfiguration(this.CONFIG_SECTION);
    }

    static isEnabled(): boolean {
        return this.cfg().get('enabled', true);
    }

    static setEnabled(enabled: boolean): void {
        this.cfg().update('enabled', enabled, vscode.ConfigurationTarget.Global);
    }

    static getApiUrl(): string {
        return this.cfg().get('apiUrl', 'http://localhost:11434');
    }

    static getModel(): string {
        return this.cfg().get('model', 'codellama:7b');
    }

    static getMaxTokens(): number {
        return this.cfg().get('maxTokens', 100);
    }

    static getTemperature(): number {
        return this.cfg().get('temperature', 0.2);
    }

    static getContextLines(): number {
        return this.cfg().get('contextLines', 50);
    }

    static getDebounceMs(): number {
        return this.cfg().get('debounceMs', 300);
    }
}
