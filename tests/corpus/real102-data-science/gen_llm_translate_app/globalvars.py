MODEL = "facebook/nllb-200-distilled-600M"
# MODEL = 'Helsinki-NLP/opus-mt-ine-ine'

LANGS = {
    "nld_Latn": "nl",
    "eng_Latn": "en",
    "fra_Latn": "fr",
    "deu_Latn": "de",
    "ell_Grek": "el",
    "ita_Latn": "it",
    "pol_Latn": "pl",
    "por_Latn": "pt",
    "ron_Latn": "ro",
    "spa_Latn": "es",
}
