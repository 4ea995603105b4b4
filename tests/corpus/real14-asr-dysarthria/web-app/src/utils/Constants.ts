function isMobileOrTabletDevice(): boolean {
    // rough user-agent sniffing, see stackoverflow.com/questions/11381673
    const ua = navigator.userAgent || navigator.vendor || "";
    return /android|iphone|ipad|ipod|mobile|tablet|silk|kindle|playbook/i.test(ua);
}
const isMobileOrTablet = isMobileOrTabletDevice();
export default {
    SAMPLING_RATE: 16000,
    DEFAULT_AUDIO_URL: `https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/${
        isMobileOrTablet ? "jfk" : "ted_60_16k"
    }.wav`,
    // DEFAULT_MODEL: isMobileOrTablet
    //     ? "onnx-community/whisper-tiny"
    //     : "onnx-community/whisper-base",
    DEFAULT_MODEL: "jmaczan/wav2vec2-large-xls-r-300m-dysarthria-quant-onnx",
    DEFAULT_SUBTASK: "transcribe",
    DEFAULT_LANGUAGE: "english",
    DEFAULT_QUANTIZED: isMobileOrTablet,
    DEFAULT_MULTILINGUAL: true,
};
