"""
Document Q&A workflow with Agno, Gemini and ChromaDB.

Downloads a PDF, embeds it with Gemini embeddings into Chroma, and answers questions
about it through a cached agent behind the Agno Playground UI.
"""
import os
import time
from typing import Dict

from dotenv import load_dotenv
from agno.agent import Agent
from agno.models.google.gemini import Gemini
from agno.knowledge.pdf_url import PDFUrlKnowledgeBase, PDFUrlReader
from agno.vectordb.chroma import ChromaDb
from agno.embedder.google import GeminiEmbedder
from agno.playground import Playground, serve_playground_app
from agno.run.response import RunEvent, RunResponse
from agno.storage.sqlite import SqliteStorage
from agno.utils.log import logger
from agno.workflow.workflow import Workflow
from google.genai.errors import ClientError

load_dotenv()
os.environ["GOOGLE_API_KEY"] = os.getenv("GOOGLE_API_KEY")

embedder = GeminiEmbedder(api_key=os.getenv("GOOGLE_API_KEY"))

knowledge_base = PDFUrlKnowledgeBase(
    urls=["https://www.adobe.com/support/products/enterprise/knowledgecenter/media/c4611_sample_explain.pdf"],
    vector_db=ChromaDb(collection="doc", embedder=embedder),
    embedder=embedder,
    reader=PDFUrlReader(),
)
knowledge_base.load(recreate=False)


class DocumentQnAWorkflow(Workflow):
    description: str = "Process a document from a URL and answer questions about it."
    cache: Dict[str, str] = {}

    question_agent: Agent = Agent(
        name="Question Answering Agent",
        instructions=["Answer user questions from the embedded PDF content."],
        model=Gemini(),
        knowledge=knowledge_base,
        search_knowledge=True,
        add_history_to_messages=True,
        exponential_backoff=True,
        delay_between_retries=5,
    )

    def run(self, user_question: str) -> RunResponse:
        if user_question in self.cache:
            return RunResponse(run_id=self.run_id, event=RunEvent.workflow_completed,
                               content=self.cache[user_question])
        try:
            qa_response: RunResponse = self.question_agent.run(user_question)
        except ClientError as e:
            if "RESOURCE_EXHAUSTED" not in str(e):
                raise
            logger.warning("Quota exceeded, retrying in 60 seconds...")
            time.sleep(60)
            qa_response = self.question_agent.run(user_question)
        self.cache[user_question] = qa_response.content
        return RunResponse(run_id=self.run_id, event=RunEvent.workflow_completed, content=qa_response.content)


document_qna_workflow = DocumentQnAWorkflow(
    name="Document Q&A Workflow",
    workflow_id="qna-session",
    storage=SqliteStorage(
        db_file="tmp/document.db",
        table_name="document_qna_run"
    ),
)

app = Playground(workflows=[document_qna_workflow]).get_app()

if __name__ == "__main__":
    serve_playground_app("l4-w:app")
