
const Constants = {
  DEFAULT_MODEL: "Xenova/whisper-large-v3",
  DEFAULT_SUBTASK: "transcribe",
  DEFAULT_QUANTIZED: true, // kept for older callers
  DEFAULT_MULTILINGUAL: true,
  DEFAULT_LANGUAGE: "en",
};

export default Constants;
