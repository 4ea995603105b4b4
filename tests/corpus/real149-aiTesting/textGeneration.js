import { HfInference } from "@huggingface/inference";
import { config } from 'dotenv';

config();
const hf = new HfInference(process.env.HF_TOKEN);

/** modelo entrenado para predecir la siguiente palabra;
 * tambien sirve para generar textos cortos o largos
 */
/* const gpt2Response = await hf.textGeneration({
  model: 'gpt2',
  inputs: "Google is known for",
});
 */
/* const gpt2Response = await hf.textGeneration({
  model: 'openai-community/gpt2',
  inputs: "Google es conocido por",
});
 */
const gpt2Response = await hf.textGeneration({
  model: 'nisten/Biggie-SmoLlm-0.15B-Base',
  inputs: "Google is known for",
});
console.log(gpt2Response.generated_text);
