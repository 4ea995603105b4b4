import os

import dspy
import mlflow
from rich.pretty import pprint

mlflow.set_tracking_uri("http://localhost:5500")
mlflow.set_experiment("20_days_dspy")
mlflow.dspy.autolog()

# 1. Configure the language model.
#    With a local LM (llama.cpp server, Ollama, SGLang) adjust api_base and api_key.
LLM_URL = os.getenv('LLM_URL', 'http://localhost:8080/v1')
API_KEY = os.getenv('API_KEY', 'fake')
LLM_MODEL = os.getenv('LLM_MODEL', 'openai/models/Llama-3.2-3B-Instruct-Q8_0.gguf')
MAX_TOKENS = os.getenv('MAX_TOKENS', 3000)
TEMPERATURE = os.getenv('TEMPERATURE', 0.2)

lm = dspy.LM(model=LLM_MODEL,
             api_base=LLM_URL,
             api_key=API_KEY,
             temperature=TEMPERATURE,
             model_type='chat',
             cache=False)
dspy.configure(lm=lm)

colbertv2 = dspy.ColBERTv2(url="http://127.0.0.1:8081/api/search")
dspy.settings.configure(rm=colbertv2)


class RAGQA(dspy.Signature):
    """Answer questions based on the provided context."""

    context = dspy.InputField(desc="relevant passages from a knowledge base")
    question = dspy.InputField()
    answer = dspy.OutputField()


class BasicRAG(dspy.Module):
    def __init__(self, num_passages=3):
        super().__init__()
        self.retrieve = dspy.Retrieve(k=num_passages)
        self.generate_answer = dspy.ChainOfThought(RAGQA)

    def forward(self, question):
        context = self.retrieve(question).passages
        return self.generate_answer(context=context, question=question)


rag_program = BasicRAG()
question = "Is RHOAI ready to use for Agentic AI"
prediction = rag_program(question=question)
pprint(f"Reasoning: {prediction.reasoning}")
pprint(f"Answer: {prediction.answer}")
dspy.inspect_history()
