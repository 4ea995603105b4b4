// Programming A to Z, Fall 2024
// https://github.com/Programming-from-A-to-Z/A2Z-F24

let history = [];
let inputBox;
let log = '';
let chatP;
let generator;

async function setup() {
  noCanvas();
  inputBox = createInput();
  inputBox.size(300);
  createButton('Send').mousePressed(send);
  chatP = createP();
  history.push({ role: 'system', content: 'You are a helpful assistant.' });

  // transformers.js, loaded by loadTransformers() in index.html
  const pipeline = await loadTransformers();
  generator = await pipeline('text-generation', 'onnx-community/Qwen2.5-0.5B-Instruct', {
    dtype: 'q4',
    device: 'webgpu',
  });
}

async function send() {
  const text = inputBox.value();
  history.push({ role: 'user', content: text });
  log = `You: ${text}</br></br>` + log;
  chatP.html(log);
  if (!generator) {
    console.log('model still loading, try again in a minute');
    return;
  }
  try {
    const out = await generator(history, { max_new_tokens: 128 });
    const reply = out[0].generated_text.at(-1).content;
    history.push({ role: 'assistant', content: reply });
    log = `Chatbot: ${reply}</br></br>` + log;
    chatP.html(log);
  } catch (err) {
    console.error('generation failed:', err);
  }
}
