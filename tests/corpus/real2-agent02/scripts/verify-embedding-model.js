/**
 * Checks that the embedding model is available on the Ollama server.
 * Run with: node scripts/verify-embedding-model.js
 */

const OLLAMA_BASE_URL = 'http://192.168.0.155:11434';
const EMBEDDING_MODEL = 'nomic-embed-text'; // keep in sync with constants.ts

async function verify() {
  const tags = await fetch(`${OLLAMA_BASE_URL}/api/tags`);
  if (!tags.ok) {
    console.error(`server not responding: ${tags.status}`);
    return false;
  }
  const { models = [] } = await tags.json();
  if (!models.some((m) => m.name.includes(EMBEDDING_MODEL))) {
    console.log(`missing; run: ollama pull ${EMBEDDING_MODEL}`);
    return false;
  }
  const res = await fetch(`${OLLAMA_BASE_URL}/api/embeddings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: EMBEDDING_MODEL, prompt: 'This is a test sentence.' }),
  });
  if (!res.ok) return false;
  const data = await res.json();
  console.log(`embedding has ${data.embedding.length} dimensions`);
  return true;
}

verify().then((ok) => process.exit(ok ? 0 : 1));
