# Layout detection configuration
LAYOUT_DETECTION_CONFIG = {
    "model_name": "PP-DocLayout-L",
    "model_dir": "models/layout_detection",
}

TEXT_DETECTION_CONFIG = {
    "model_name": "PP-OCRv5_server_det",
    "model_dir": "models/text_detection",
}

TEXT_RECOGNITION_CONFIG = {
    "model_name": "PP-OCRv5_server_rec",
    "model_dir": "models/text_recognition"
}