import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.3.0';

const longTextInput = document.getElementById('long-text-input');
const generateButton = document.getElementById('generate-button');
const output = document.getElementById('output-div');

const summarization = await pipeline(
    'summarization', // task
    'Xenova/t5-small' // model
);

generateButton.removeAttribute('disabled');

generateButton.addEventListener('click', async () => {
    const result = await summarization(longTextInput.value);
    output.innerHTML = result[0].summary_text;
});
