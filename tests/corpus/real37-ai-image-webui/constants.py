TXT2IMG_MODELS = [
    'stabilityai/stable-diffusion-xl-base-1.0',
    'stabilityai/sdxl-turbo',
    'CompVis/stable-diffusion-v1-1',
    'CompVis/stable-diffusion-v1-2',
    'CompVis/stable-diffusion-v1-3',
    'CompVis/stable-diffusion-v1-4',
    'stable-diffusion-v1-5/stable-diffusion-v1-5'
]

TXT2IMG_SCHEDULERS = [
    'DDIM',
    'PLMS',
    'Euler',
    'LMS',
    'DPM-Solver'
]

SAVE_DIR = 'resources/generated_images/'
