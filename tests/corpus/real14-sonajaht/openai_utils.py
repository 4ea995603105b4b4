import numpy as np
import openai
import torch
from tenacity import retry, stop_after_attempt, wait_random_exponential
from tqdm import tqdm


@retry(wait=wait_random_exponential(min=1, max=20), stop=stop_after_attempt(6))
def get_embeddings(texts: list[str], engine="text-embedding-ada-002", **kwargs) -> list[list[float]]:
    assert len(texts) <= 2048, "batch too large (max 2048)"
    texts = [t.replace("\n", " ") for t in texts]
    return [d["embedding"] for d in openai.Embedding.create(input=texts, engine=engine, **kwargs).data]


class OpenaiEmbedder:
    def __init__(self, model_name: str = "text-embedding-ada-002"):
        self.model_name = model_name

    def encode(self, sentences: list[str], batch_size: int = 1024, show_progress_bar: bool = False) -> np.ndarray:
        chunks = []
        for i in tqdm(range(0, len(sentences), batch_size), disable=not show_progress_bar):
            chunks.append(torch.tensor(get_embeddings(sentences[i: i + batch_size], engine=self.model_name)))
        return torch.cat(chunks, dim=0).numpy()


if __name__ == "__main__":
    emb = OpenaiEmbedder(model_name="text-embedding-ada-002")
    print(emb.encode(["first", "second"], batch_size=1, show_progress_bar=True).shape)
