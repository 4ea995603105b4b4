from rhesis.polyphemus.benchmarking.models import HuggingfaceModel


class KimiK2(HuggingfaceModel):
    """
    Tag: not tested
    A specific implementation for the Kimi K2 model.
    This class extends HuggingfaceModel to provide model-specific arguments.
    """
