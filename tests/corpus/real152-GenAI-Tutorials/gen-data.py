from docling.document_converter import DocumentConverter
from docling.chunking import HybridChunker
from colorama import Fore

import json
from typing import List
from pydantic import BaseModel
from litellm import completion


def prompt_template(data: str, num_records: int = 5):
    return f"""You help an ML engineer build an instruction-tuning set.
    Turn the chunk below into {num_records} varied question/answer pairs, some short,
    some longer, each grounded in the text. Return JSON objects with "question" and
    "answer" fields only, and keep answers neutral and accurate.

    Data
    {data}
    """


class Record(BaseModel):
    question: str
    answer: str


class Response(BaseModel):
    generated: List[Record]


def llm_call(data: str, num_records: int = 5) -> dict:
    stream = completion(
        model="ollama/llama3.1",
        messages=[
            {
                "role": "user",
                "content": prompt_template(data, num_records),
            }
        ],
        stream=True,
        options={"num_predict": 2000},
        format=Response.model_json_schema(),
    )
    text = ""
    for x in stream:
        delta = x['choices'][0]["delta"]["content"]
        if delta is not None:
            print(Fore.LIGHTBLUE_EX + delta + Fore.RESET, end="")
            text += delta
    return json.loads(text)


if __name__ == "__main__":
    converter = DocumentConverter()
    doc = converter.convert("unsloth_documentation.pdf").document
    chunker = HybridChunker()
    chunks = chunker.chunk(dl_doc=doc)

    dataset = {}
    for i, chunk in enumerate(chunks):
        enriched_text = chunker.contextualize(chunk=chunk)
        data = llm_call(enriched_text)
        dataset[i] = {"generated": data["generated"], "context": enriched_text}

    with open('unsloth-data.json', 'w') as f:
        json.dump(dataset, f)
