// Introduction to Machine Learning for the Arts
// https://github.com/ml5js/Intro-ML-Arts-IMA-F24

let generator;
let inputText;

async function setup() {
  createCanvas(400, 200);
  inputText = createInput('Type a prompt here...');

  // Load the Transformers.js model pipeline with async/await
  let pipeline = await loadTransformers();

  // Create a text generation pipeline with specific model and options
  generator = await pipeline('text-generation', 'onnx-community/Qwen2.5-0.5B-Instruct', {
    dtype: 'q4',
    device: 'webgpu',
  });

  let button = createButton('Generate Text');
  button.mousePressed(generateText);
}

async function generateText() {
  if (generator) {
    const messages = [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: inputText.value() },
    ];
    const output = await generator(messages, { max_new_tokens: 128 });
    let outputText = output[0].generated_text.at(-1).content;
    background(240);
    text(outputText, 10, 10, width - 20, height - 20);
  } else {
    console.log('Model not loaded yet, try again in a minute.');
  }
}
