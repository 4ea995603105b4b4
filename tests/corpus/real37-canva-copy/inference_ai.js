import { pipeline } from 'https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.4.0';

let segmenter = undefined;

try {
    segmenter = await pipeline('background-removal', 'briaai/RMBG-1.4', { device: "webgpu" });
}
catch (error) {
    try {
        segmenter = await pipeline('background-removal', 'briaai/RMBG-1.4');
    }
    catch (e) {
        postMessage({ error: 'Failed to load the background removal model. Check your connection and try again.' });
    }
}

async function removeBackground(file) {
    const fileURL = URL.createObjectURL(file);
    return await segmenter(fileURL);
}

onmessage = async (event) => {
    const { id, file } = event.data;
    try {
        postMessage({ id, result: await removeBackground(file) });
    } catch (e) {
        postMessage({ id, error: 'Failed to remove background: ' + e.message });
    }
};
