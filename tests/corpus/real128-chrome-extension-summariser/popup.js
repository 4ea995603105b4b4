// popup.js - Full-featured Page Summariser

// Provider configurations
const PROVIDER_CONFIG = {
  gemini: {
    name: 'Google Gemini',
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/models',
    model: 'gemini-2.5-flash',
    models: ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.0-flash', 'gemini-2.0-flash-001'],
    endpoint: ''
  },
  minimax: {
    name: 'MiniMax', 
    baseUrl: 'https://api.minimaxi.com/v1',
    model: 'MiniMax-M2.5',
    models: ['MiniMax-M2.5'],
    endpoint: '/chat/completions'
  },
  openai: {
    name: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    models: ['gpt-4o-mini', 'gpt-4o', 'gpt-3.5-turbo'],
    endpoint: '/chat/completions'
  }
};

// State
let currentProvider = 'gemini';
let configProvider = 'gemini';
let currentSummary = '';
let currentTranslation = '';

// DOM elements
const providerSelect = document.getElementById('provider');
const configProviderSelect = document.getElementById('configProvider');
const modelSelect = document.getElementById('model');
const promptInput = document.getElementById('prompt');
const apiKeyInput = document.getElementById('apiKey');
const baseUrlInput = document.getElementById('baseUrl');
const modelListInput = document.getElementById('modelList');
const summarizeBtn = document.getElementById('summarizeBtn');
const saveBtn = document.getElementById('saveBtn');
const resetBtn = document.getElementById('resetBtn');
const resultDiv = document.getElementById('result');
const saveStatus = document.getElementById('apiValidation');
const keyMask = document.getElementById('keyMask');
const themeSelect = document.getElementById('theme');
const translationToggle = document.getElementById('translationToggle');

// Tab switching
document.querySelectorAll('.tab').forEach(tab => {
  tab.addEventListener('click', () => {
    document.querySelectorAll('.tab').forEach(t => t.classList.remove('active'));
    document.querySelectorAll('.tab-content').forEach(c => c.classList.remove('active'));
    tab.classList.add('active');
    document.getElementById(tab.dataset.tab + 'Tab').classList.add('active');
  });
});

// Initialize
async function init() {
  const saved = await chrome.storage.local.get([
    'provider', 'theme', 'translationEnabled', 'currentSummary', 'currentTranslation'
  ]);
  
  // Theme
  if (saved.theme === 'dark') {
    document.body.classList.add('dark');
    themeSelect.value = 'dark';
  }
  
  // Translation toggle
  if (saved.translationEnabled) {
    translationToggle.classList.add('active');
  }
  
  // Current summary
  if (saved.currentSummary) {
    currentSummary = saved.currentSummary;
    currentTranslation = saved.currentTranslation || '';
    displaySummary(currentSummary, currentTranslation);
  }
  
  // Provider
  currentProvider = saved.provider || 'gemini';
  providerSelect.value = currentProvider;
  await loadProviderSettings(currentProvider);
  
  // Config provider
  configProviderSelect.value = configProvider;
  await loadConfigProviderSettings(configProvider);
}

async function loadProviderSettings(provider) {
  const key = `provider_${provider}`;
  const saved = await chrome.storage.local.get([key]);
  const config = PROVIDER_CONFIG[provider];
  const stored = saved[key] || {};
  
  // Merge with defaults
  const models = stored.models || config.models;
  const baseUrl = stored.baseUrl || config.baseUrl;
  const model = stored.model || config.model;
  const apiKey = stored.apiKey || '';
  const prompt = stored.prompt || 'Summarise this article in its original language. Output format: A brief summary paragraph, followed by a few key bullet points (3 - 5 items)';
  
  // Update UI
  providerSelect.value = provider;
  updateModelDropdown(models, model);
  promptInput.value = prompt;
  
  // Save merged
  await chrome.storage.local.set({ [key]: { baseUrl, model, models, apiKey, prompt } });
}

async function loadConfigProviderSettings(provider) {
  const key = `provider_${provider}`;
  const saved = await chrome.storage.local.get([key]);
  const config = PROVIDER_CONFIG[provider];
  const stored = saved[key] || {};
  
  const baseUrl = stored.baseUrl || config.baseUrl;
  const models = stored.models || config.models;
  const apiKey = stored.apiKey || '';
  
  configProviderSelect.value = provider;
  baseUrlInput.value = baseUrl;
  modelListInput.value = models.map(m => typeof m === 'string' ? m : m.id).join(', ');
  apiKeyInput.value = apiKey;
  updateKeyMask(apiKey);
}

function updateModelDropdown(models, selectedModel) {
  modelSelect.innerHTML = '';
  models.forEach(m => {
    const id = typeof m === 'string' ? m : m.id;
    const name = typeof m === 'string' ? m : m.name || m.id;
    const opt = document.createElement('option');
    opt.value = id;
    opt.textContent = name;
    if (id === selectedModel) opt.selected = true;
    modelSelect.appendChild(opt);
  });
}

function updateKeyMask(key) {
  if (key && key.length > 8) {
    keyMask.textContent = `(${key.substring(0, 4)}...${key.substring(key.length - 4)})`;
  } else if (key) {
    keyMask.textContent = `(${key.substring(0, 2)}...)`;
  } else {
    keyMask.textContent = '';
  }
}

// Provider change in summarize tab
providerSelect.addEventListener('change', async (e) => {
  currentProvider = e.target.value;
  await chrome.storage.local.set({ provider: currentProvider });
  await loadProviderSettings(currentProvider);
});

// Model change - save immediately  
modelSelect.addEventListener('change', async () => {
  const key = `provider_${currentProvider}`;
  const saved = await chrome.storage.local.get([key]);
  const current = saved[key] || {};
  await chrome.storage.local.set({ [key]: { ...current, model: modelSelect.value } });
});

// Config provider change in settings
configProviderSelect.addEventListener('change', async (e) => {
  configProvider = e.target.value;
  await loadConfigProviderSettings(configProvider);
});

// Prompt change - save immediately
promptInput.addEventListener('change', async () => {
  const key = `provider_${currentProvider}`;
  const saved = await chrome.storage.local.get([key]);
  const current = saved[key] || {};
  await chrome.storage.local.set({ [key]: { ...current, prompt: promptInput.value } });
});

// Save & Validate
saveBtn.addEventListener('click', async () => {
  const provider = configProvider;
  const apiKey = apiKeyInput.value.trim();
  const baseUrl = baseUrlInput.value.trim();
  const modelList = modelListInput.value.split(',').map(s => s.trim()).filter(s => s);
  const config = PROVIDER_CONFIG[provider];
  
  if (!apiKey) {
    saveStatus.textContent = 'API key required';
    saveStatus.className = 'validation-msg error';
    return;
  }
  
  saveStatus.textContent = 'Validating...';
  saveStatus.className = 'validation-msg';
  
  try {
    // Validate API key
    const isValid = await validateApiKey(provider, apiKey, baseUrl, modelList[0] || config.model);
    
    if (isValid) {
      const key = `provider_${provider}`;
      const saved = await chrome.storage.local.get([key]);
      const current = saved[key] || {};
      
      await chrome.storage.local.set({
        [key]: {
          ...current,
          apiKey,
          baseUrl: baseUrl || config.baseUrl,
          models: modelList.length > 0 ? modelList : config.models,
          model: modelList[0] || config.model
        }
      });
      
      updateKeyMask(apiKey);
      saveStatus.textContent = '✓ Valid & Saved';
      saveStatus.className = 'validation-msg success';
      
      // Reload if same provider
      if (provider === currentProvider) {
        await loadProviderSettings(provider);
      }
    } else {
      saveStatus.textContent = '✗ Invalid API key';
      saveStatus.className = 'validation-msg error';
    }
  } catch (e) {
    saveStatus.textContent = '✗ Error: ' + e.message;
    saveStatus.className = 'validation-msg error';
  }
});

async function validateApiKey(provider, apiKey, baseUrl, model) {
  const config = PROVIDER_CONFIG[provider];
  const url = provider === 'gemini' 
    ? `${baseUrl || config.baseUrl}/${model}:generateContent`
    : `${baseUrl || config.baseUrl}${config.endpoint}`;
  
  const headers = provider === 'gemini'
    ? { 'Content-Type': 'application/json', 'x-goog-api-key': apiKey }
    : { 'Authorization': `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
  
  const body = provider === 'gemini'
    ? { contents: [{ parts: [{ text: 'hi' }] }] }
    : { model, messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 };
  
  try {
    const resp = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    return resp.ok;
  } catch (e) {
    return false;
  }
}
