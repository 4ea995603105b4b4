export const STORAGE_DIR = "./src/data/ayurveda";
export const STORAGE_CACHE_DIR = "./src/cache";
export const CHUNK_SIZE = 512;
export const CHUNK_OVERLAP = 20;
