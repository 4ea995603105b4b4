from llama_cpp import Llama
from . import MODELS_DIR

MODEL_PATH = str(MODELS_DIR / "Q4_K_M.gguf")

SYSTEM = "You are an AI assistant that answers very concisely."


class Chat:
    def __init__(self):
        self.llm = Llama(model_path=MODEL_PATH, n_ctx=2048, n_threads=4, verbose=False)
        self.max_tokens = 500

    def _messages(self, text):
        return [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": text},
        ]

    def single_query(self, text: str) -> str:
        prompt = self._prompt(self._messages(text))
        out = self.llm(prompt, max_tokens=self.max_tokens, stop=["user:", "system:", "\n"])
        return out["choices"][0]["text"].strip()

    def single_query_stream(self, text: str):
        prompt = self._prompt(self._messages(text))
        for chunk in self.llm(prompt, max_tokens=self.max_tokens, stop=["user:", "system:", "\n"], stream=True):
            yield chunk["choices"][0]["text"]

    @staticmethod
    def _prompt(msgs) -> str:
        s = ""
        for m in msgs:
            s += f"{m['role']}: {m['content']}\n"
        return s + "assistant: "
