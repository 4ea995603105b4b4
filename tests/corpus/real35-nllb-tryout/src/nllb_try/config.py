import os
from datetime import datetime
import locale
locale.getpreferredencoding = lambda: "UTF-8"

# Default Configuration
config = {
    # Model configuration
    'modelname': 'facebook/nllb-200-distilled-600M', #'facebook/nllb-200-distilled-1.3B'
    'source_langs_tatoeba': ["nld", "gos"],
    'source_langs_nllb': ["nld_Latn", "gos_Latn"],
    'new_lang_nllb': 'gos_Latn',
    'similar_lang_nllb': 'nld_Latn',

    # Paths
    'DATA_ROOT_PATH': 'data', # Root for all data
    'TATOEBA_PATH': os.path.join('data', 'tatoeba'),
    'modelpath': 'hfacemodels',
    'timestamp': datetime.now().strftime("%Y%m%d-%H%M%S"),

    # Training parameters
    'batch_size': 32,
    'max_length': 22,       # tokens
    'warmup_steps': 100,
    'num_epochs': 9,
    'device': 'cuda',
}
config['MODEL_SAVE_PATH'] = f'checkpoints/{config["modelname"].split("/")[-1]}-{"-".join(config["source_langs_tatoeba"])}-{config["timestamp"]}'


def save_config_to_file(save_path):
    """Save the current configuration to a config.txt file."""
    os.makedirs(save_path, exist_ok=True)
    lines = [
        f"Model name: {config['modelname']}",
        f"Timestamp: {config['timestamp']}",
        f"MODEL_SAVE_PATH: {config['MODEL_SAVE_PATH']}",
        f"Model path: {config['modelpath']}",
        f"New language (NLLB): {config['new_lang_nllb']}",
    ]
    with open(os.path.join(save_path, 'config.txt'), 'w', encoding='utf-8') as f:
        f.write("\n".join(lines))
    print('Model save path:', config['MODEL_SAVE_PATH'])

save_config_to_file(config['MODEL_SAVE_PATH'])
