import { HfInference } from '@huggingface/inference'

const hf = new HfInference(process.env.HF_TOKEN)

const model = "ghoskno/Color-Canny-Controlnet-model"

const oldImageUrl = "/old-photo.jpeg"

const oldImageResponse = await fetch(oldImageUrl)
const oldImageBlob = await oldImageResponse.blob()

const newImageBlob = await hf.imageToImage({
  model: model,
  inputs: oldImageBlob
})

// ----------------------------------------------------------------------

const model1 = "ghoskno/Color-Canny-Controlnet-model"

const prompt = `An elderly couple walks together on a gravel path with green
grass and trees on each side.`

const newImageBlob1 = await hf.imageToImage({
  model: model1,
  inputs: oldImageBlob,
  parameters: {
    prompt: prompt,
    negative_prompt: "Black and white photo. text, bad anatomy, blurry, low quality",
    // Between 0 and 1
    strength: 0,
  }
})

const newImageBase64 = await blobToBase64(newImageBlob1)
