from langchain_groq import ChatGroq


class LLM:
    """Process-wide holder of one ChatGroq client."""

    _instance = None

    def __init__(self):
        if LLM._instance is not None:
            raise RuntimeError("singleton: call get_instance()")
        self.llm = ChatGroq(
            model="llama-3.1-8b-instant",
            temperature=0,
            max_tokens=None,
            timeout=None,
            max_retries=2,
        )
        LLM._instance = self

    @classmethod
    def get_instance(cls):
        if cls._instance is None:
            cls._instance = LLM()
        return cls._instance.llm
