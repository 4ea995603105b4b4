import os

# a valid LiteLLM log level avoids a crash at import
os.environ["LITELLM_LOG"] = "ERROR"
os.environ["LITELLM_DISABLE_TELEMETRY"] = "true"

from dotenv import load_dotenv

load_dotenv()
# keep OpenAI out of the picture
os.environ.pop("OPENAI_API_KEY", None)

from typing import List

from crewai import Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, agent, crew, task
from crewai_tools import ArxivPaperTool, DirectoryReadTool, FileReadTool, ScrapeWebsiteTool

from guide_generation_flow.llms import research_llm

if not os.getenv("GROQ_API_KEY"):
    raise RuntimeError("GROQ_API_KEY missing - check .env")

scraper = ScrapeWebsiteTool()
arxiv = ArxivPaperTool(download_pdfs=True)
reader = FileReadTool()
lister = DirectoryReadTool()


@CrewBase
class ResearchCrew:
    """Research crew on Groq only."""

    agents: List[BaseAgent]
    tasks: List[Task]

    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"

    @agent
    def research_manager(self) -> Agent:
        return Agent(config=self.agents_config["research_manager"], llm=research_llm)

    @agent
    def web_specialist(self) -> Agent:
        return Agent(config=self.agents_config["web_specialist"], tools=[scraper], llm=research_llm)

    @agent
    def arxiv_specialist(self) -> Agent:
        return Agent(config=self.agents_config["arxiv_specialist"], tools=[arxiv], llm=research_llm)

    @agent
    def document_specialist(self) -> Agent:
        return Agent(config=self.agents_config["document_specialist"], tools=[reader, lister], llm=research_llm)

    @task
    def research_compilation(self) -> Task:
        return Task(config=self.tasks_config["research_compilation"])

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=[self.web_specialist(), self.arxiv_specialist(), self.document_specialist()],
            tasks=[self.research_compilation()],
            process=Process.hierarchical,
            manager_agent=self.research_manager(),
            manager_llm=research_llm,
            planning=False,  # the planner would call OpenAI
            verbose=True,
        )
