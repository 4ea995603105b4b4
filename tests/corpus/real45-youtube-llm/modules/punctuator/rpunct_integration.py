# modules/punctuator/rpunct_integration.py

from deepmultilingualpunctuation import PunctuationModel

# lightweight punctuation model (library default)
model = PunctuationModel()


def restore_punctuation(text: str) -> str:
    """Restore punctuation in raw transcript text."""
    return model.restore_punctuation(text)
