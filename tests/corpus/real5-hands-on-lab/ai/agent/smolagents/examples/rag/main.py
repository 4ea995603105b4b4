# 1. knowledge base
import os

import datasets
from langchain.docstore.document import Document
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.retrievers import BM25Retriever
from smolagents import CodeAgent, HfApiModel, Tool

kb = datasets.load_dataset("m-ric/huggingface_doc", split="train")
kb = kb.filter(lambda row: row["source"].startswith("huggingface/transformers"))

docs = [Document(page_content=r["text"], metadata={"source": r["source"].split("/")[1]}) for r in kb]
chunks = RecursiveCharacterTextSplitter(
    chunk_size=500, chunk_overlap=50, add_start_index=True, strip_whitespace=True,
    separators=["\n\n", "\n", ".", " ", ""],
).split_documents(docs)


# 2. retriever tool
class RetrieverTool(Tool):
    name = "retriever"
    description = "Semantic search over the transformers docs."
    inputs = {"query": {"type": "string", "description": "Affirmative query close to the target documents."}}
    output_type = "string"

    def __init__(self, docs, **kwargs):
        super().__init__(**kwargs)
        self.retriever = BM25Retriever.from_documents(docs, k=10)

    def forward(self, query: str) -> str:
        found = self.retriever.invoke(query)
        return "\nRetrieved documents:\n" + "".join(
            f"\n\n===== Document {i} =====\n" + d.page_content for i, d in enumerate(found)
        )


# 3. agent (no model_id: HfApiModel picks its default)
model = HfApiModel(token=os.getenv("HUGGINGFACE_API_TOKEN"))
agent = CodeAgent(tools=[RetrieverTool(chunks)], model=model, max_steps=4, verbosity_level=2)

# 4. run
print(agent.run("For transformers training, which is slower: the forward or the backward pass?"))
