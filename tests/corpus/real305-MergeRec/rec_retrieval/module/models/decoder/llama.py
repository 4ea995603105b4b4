from ._base import BaseDecoderModel


class Llama(BaseDecoderModel):
    DEFAULT_MODEL_PATH = "meta-llama/Llama-3.1-8B"
