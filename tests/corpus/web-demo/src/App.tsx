import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { pipeline } from '@huggingface/transformers';
import './styles/app.css';

const DEFAULT_MODEL = 'Xenova/detr-resnet-50';

export default function App() {
  const worker = useRef<Worker | null>(null);
  const [result, setResult] = useState<string>('');

  useEffect(() => {
    worker.current ??= new Worker(new URL('./workers/classify.worker.js', import.meta.url), { type: 'module' });
    const onMessage = (e: MessageEvent) => setResult(JSON.stringify(e.data));
    worker.current.addEventListener('message', onMessage);
    return () => worker.current?.removeEventListener('message', onMessage);
  }, []);

  async function detect(url: string) {
    const detector = await pipeline('object-detection', DEFAULT_MODEL);
    const captioner = await pipeline('image-to-text', 'Xenova/vit-gpt2-image-captioning');
    return [await detector(url, { threshold: 0.9 }), await captioner(url)];
  }

  return (
    <main>
      <h1>Transformers.js demo</h1>
      <p>
        Models by <a href="https://huggingface.co/Xenova">Xenova</a>, see{' '}
        <a href="https://huggingface.co/docs/transformers.js/index">the docs</a>.
      </p>
      <img src="/images/cats.jpg" alt="two cats" onClick={() => detect('/images/cats.jpg')} />
      <pre>{result}</pre>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
