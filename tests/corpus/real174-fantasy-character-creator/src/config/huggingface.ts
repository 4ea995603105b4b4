export const HUGGINGFACE_CONFIG = {
  API_URL: 'https://api-inference.huggingface.co/models/stabilityai/stable-diffusion-xl-base-1.0',
  API_TOKEN: process.env.REACT_APP_HUGGINGFACE_API_TOKEN || '',
};
