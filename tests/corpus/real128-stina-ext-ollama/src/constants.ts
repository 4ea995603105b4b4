/**
 * Constants
 *
 * Configuration constants for the Ollama extension.
 */

/**
 * Default URL for Ollama server
 */
export const DEFAULT_OLLAMA_URL = 'http://localhost:11434'

/**
 * Default model to use if none is specified
 */
export const DEFAULT_MODEL = 'llama3.2:8b'

/**
 * Provider identifier
 */
export const PROVIDER_ID = 'ollama'

/**
 * Provider display name
 */
export const PROVIDER_NAME = 'Ollama'
