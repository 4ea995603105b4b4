import { app, BrowserWindow, ipcMain, dialog } from 'electron';
import { spawn, exec } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

const DEFAULT_OLLAMA_HOST = '127.0.0.1';
const DEFAULT_OLLAMA_PORT = 11434;
function parseEnvBase() {
  const envHost = process.env.OLLAMA_HOST; // e.g., http://127.0.0.1:11435
  if (!envHost) return null;
  try {
    const url = new URL(envHost.startsWith('http') ? envHost : `http://${envHost}`);
    return { host: url.hostname, port: Number(url.port || DEFAULT_OLLAMA_PORT) };
  } catch {
    return null;
  }
}
function toBaseURL(host, port) {
  const h = (host || DEFAULT_OLLAMA_HOST).replace(/^https?:\/\//, '');
  const p = Number(port || DEFAULT_OLLAMA_PORT);
  return `http://${h}:${p}`;
}

/**
 * Create the main application window.
 */
function createWindow() {
  const win = new BrowserWindow({
    width: 900,
    height: 700,
    webPreferences: {
      preload: path.join(app.getAppPath(), 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: false,
    },
  });

  win.loadFile(path.join(app.getAppPath(), 'renderer.html'));
}

app.whenReady().then(() => {
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') {
    app.quit();
  }
});

// --------------------- Ollama helpers ---------------------

function execCommand(cmd) {
  return new Promise((resolve) => {
    exec(cmd, (error, stdout, stderr) => {
      resolve({ error, stdout, stderr });
    });
  });
}

function execCommandWithEnv(cmd, extraEnv = {}) {
  return new Promise((resolve) => {
    exec(cmd, { env: { ...process.env, ...extraEnv }, shell: '/bin/zsh' }, (error, stdout, stderr) => {
      resolve({ error, stdout, stderr });
    });
  });
}

async function checkOllamaCLI() {
  // Try version first; fall back to which for better diagnostics
  const version = await execCommand('ollama --version');
  if (!version.error && version.stdout) {
    return { installed: true, version: version.stdout.trim() };
  }
  const which = await execCommand('which ollama');
  if (!which.error && which.stdout) {
    return { installed: true, version: 'unknown' };
  }
  return { installed: false, version: null, error: version.stderr || which.stderr };
}

async function isServerRunning(baseURL) {
  try {
    const res = await fetch(`${baseURL}/api/tags`);
    if (!res.ok) return false;
    return true;
  } catch (e) {
    return false;
  }
}

function startOllamaServeDetached() {
  try {
    const child = spawn('ollama', ['serve'], {
      detached: true,
      stdio: 'ignore',
    });
    child.unref();
    return true;
  } catch (e) {
    return false;
  }
}
