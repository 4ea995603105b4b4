import ollama from 'ollama'
import fs from 'fs';
import sharp from 'sharp';


async function splitImageVertically(imagePath, chunkHeight) {
    const { height, width } = await sharp(imagePath).metadata();
    const chunkImagePaths = [];
    let currentY = 0;
    let i = 0;

    while (currentY < height) {
        const h = Math.min(chunkHeight, height - currentY);
        const chunkOutputPath = `./screenshots/chunk_${i + 1}.png`;
        await sharp(imagePath)
            .extract({ left: 0, top: currentY, width, height: h })
            .toFile(chunkOutputPath);
        chunkImagePaths.push(chunkOutputPath);
        currentY += h;
        i++;
    }
    return chunkImagePaths;
}


const userPrompt = `This image is one slice of a full-page screenshot.
What is this part of the page about? If it lists business directories, give me that list.`;


async function describeScreenshot(image, model = "llama3.2-vision") {
    const response = await ollama.chat({
        model,
        messages: [{ role: 'user', content: userPrompt, images: [image] }],
        options: {
            temperature: 0,
            num_ctx: 8192,
        }
    });
    return response;
}


const parsePageScreenshot = async (screenshotPath, maxChunkHeight=1024) => {
    const chunkImagePaths = await splitImageVertically(screenshotPath, maxChunkHeight)
    for (const chunkPath of chunkImagePaths) {
        const base64Image = fs.readFileSync(chunkPath).toString('base64');
        console.log(await describeScreenshot(base64Image));
    }
}


export default { parsePageScreenshot };
