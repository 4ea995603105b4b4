import { AutoProcessor, VitMatteForImageMatting, RawImage } from '@xenova/transformers';

// processor and model
const processor = await AutoProcessor.from_pretrained('Xenova/vitmatte-small-composition-1k');
const model = await VitMatteForImageMatting.from_pretrained('Xenova/vitmatte-small-composition-1k');

// image and trimap
const image = await RawImage.fromURL('https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/vitmatte_image.png');
const trimap = await RawImage.fromURL('https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/vitmatte_trimap.png');

const inputs = await processor(image, trimap);

// alpha matte
const { alphas } = await model(inputs);
// Tensor {
//   dims: [ 1, 1, 640, 960 ],
//   type: 'float32',
//   data: Float32Array(614400) [ 0.98940277, 0.99705088, ... ]
// }
console.log(alphas.dims);
