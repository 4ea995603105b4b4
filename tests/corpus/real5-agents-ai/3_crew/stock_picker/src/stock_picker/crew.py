from typing import List

from crewai import Agent, Crew, Process, Task
from crewai.memory import EntityMemory, LongTermMemory, ShortTermMemory
from crewai.memory.storage.ltm_sqlite_storage import LTMSQLiteStorage
from crewai.memory.storage.rag_storage import RAGStorage
from crewai.project import CrewBase, agent, crew, task
from crewai_tools import SerperDevTool
from pydantic import BaseModel, Field

from .tools.push_tool import PushNotificationTool


class HotCompany(BaseModel):
    name: str = Field(description="Company name")
    ticker: str = Field(description="Ticker symbol")
    reason: str = Field(description="Why it is in the news")


class HotCompanyList(BaseModel):
    companies: List[HotCompany] = Field(description="Companies in the news")


@CrewBase
class StockPicker:
    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"

    @agent
    def trending_company_finder(self) -> Agent:
        return Agent(config=self.agents_config["trending_company_finder"], tools=[SerperDevTool()], memory=True)

    @agent
    def financial_researcher(self) -> Agent:
        return Agent(config=self.agents_config["financial_researcher"], tools=[SerperDevTool()])

    @agent
    def stock_picker(self) -> Agent:
        return Agent(config=self.agents_config["stock_picker"], tools=[PushNotificationTool()], memory=True)

    @task
    def find_trending_companies(self) -> Task:
        return Task(config=self.tasks_config["find_trending_companies"], output_pydantic=HotCompanyList)

    @task
    def pick_best_company(self) -> Task:
        return Task(config=self.tasks_config["pick_best_company"])

    @crew
    def crew(self) -> Crew:
        manager = Agent(config=self.agents_config["manager"], allow_delegation=True)
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.hierarchical,
            verbose=True,
            manager_agent=manager,
            memory=True,
            long_term_memory=LongTermMemory(
                storage=LTMSQLiteStorage(db_path="./memory/long_term_memory_storage.db")
            ),
            short_term_memory=ShortTermMemory(
                storage=RAGStorage(
                    embedder_config={
                        "provider": "openai",
                        "config": {
                            "model": 'text-embedding-3-small'
                        },
                    },
                    type="short_term",
                    path="./memory/",
                )
            ),
            entity_memory=EntityMemory(
                storage=RAGStorage(
                    embedder_config={
                        "provider": "openai",
                        "config": {
                            "model": 'text-embedding-3-small'
                        },
                    },
                    type="short_term",
                    path="./memory/",
                )
            ),
        )
