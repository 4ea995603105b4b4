import express from 'express';
import axios from 'axios';
import { QdrantClient } from '@qdrant/js-client-rest';
import { embed, initEmbedder } from './embed.js';

const app = express();
app.use(express.json());

const qdrant = new QdrantClient({ url: 'http://localhost:6333', timeout: 10000, checkCompatibility: false });
const COLLECTION = 'documents';

async function contextFor(query) {
  const hits = await qdrant.search(COLLECTION, { vector: await embed(query), limit: 3, with_payload: true });
  return hits.map((h) => h.payload.text).join('\n');
}

app.post('/chat', async (req, res) => {
  const message = req.body.message;
  const prompt = `${await contextFor(message)}
  Answer briefly and factually.

  User: ${message}
  Assistant:`;
  try {
    const r = await axios.post('http://localhost:11434/api/generate', {
      model: 'phi',  // mistral or tinyllama work too
      prompt,
      stream: false,
    });
    res.json({ reply: r.data.response.trim() });
  } catch (err) {
    console.error('chat failed:', err.message);
    res.status(500).send('LLM error');
  }
});

app.listen(3000, async () => {
  await initEmbedder();
  console.log('RAG chatbot on http://localhost:3000');
});
