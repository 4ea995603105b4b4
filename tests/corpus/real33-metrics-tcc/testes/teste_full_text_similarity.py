from configPy import EnvManager, Config
from llama_index.embeddings.ollama import OllamaEmbedding
from sklearn.metrics.pairwise import cosine_similarity
import numpy as np

# diretório dos audios e atas
output_dir = Config.get_dir_output()
ata_dir = output_dir["ata"]
audio_dir = output_dir["audio"]

audio_files = list(audio_dir.iter_files())
ata_files = [f for f in ata_dir.iter_files() if f.name in {a.name for a in audio_files}]

with open(audio_files[0], "r", encoding="utf-8") as audio:
    audio_text = audio.read()
with open(ata_files[0], "r", encoding="utf-8") as ata:
    ata_text = ata.read()

# configuração do ollama
ollamenv = EnvManager.ollama()
base = f"http://{ollamenv.BASE_OLLAMA}:{ollamenv.PORT_OLLAMA}"

embedder = OllamaEmbedding(ollamenv.EMBEDDING_MODEL, base)

embeds = embedder.get_text_embedding_batch([audio_text, ata_text])
audio_vec = np.array(embeds[0]).reshape(1, -1)
ata_vec = np.array(embeds[1]).reshape(1, -1)

sim = cosine_similarity(audio_vec, ata_vec)[0][0]
print(f"Similaridade semântica (coseno): {sim:.4f}")
