from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate
from langchain_core.pydantic_v1 import BaseModel, Field
from langchain_core.runnables import RunnableLambda
from langchain_experimental.llms.ollama_functions import OllamaFunctions
from loguru import logger


def passthrough(d: dict):
    logger.warning(d)
    return d


class RelevancyScore(BaseModel):
    relevancy: int = Field(description="How relevant the document is to the question", required=True)


SYSTEM = (
    "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n"
    "Rate from 1 (useless) to 5 (perfect) how well the document answers the question. "
    "Reply with JSON holding one key, relevancy.<|eot_id|>"
)
USER = "<|start_header_id|>user<|end_header_id|>\ndocument: {input}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\nJSON:"
prompt = PromptTemplate.from_template(template=SYSTEM + USER)

judge = OllamaFunctions(model="llama3", format="json", temperature=0)
# judge = OllamaFunctions(model="llama3_q6_32k", format="json", num_gpu=33, temperature=0)
scorer = judge.with_structured_output(RelevancyScore)

chain = prompt | RunnableLambda(passthrough) | scorer | StrOutputParser()

if __name__ == "__main__":
    doc = "Fixed-term deposit, online opening, BYN, 9% a year, 370 to 750 days."
    q = "question: which short fixed-term deposits in BYN are there?"
    print(chain.invoke({"input": doc + q}))
