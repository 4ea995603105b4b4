from typing import List

from crewai import Agent, Crew, Task, task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, agent
from crewai.tools import ScrapeWebsiteTool, SerperDevTool


@CrewBase
class CrewFinancialAnalysis():
    agents: List[BaseAgent]
    tasks: List[Task]
    web_search = SerperDevTool()
    page_scraper = ScrapeWebsiteTool()

    @agent
    def analyst(self) -> Agent:
        return Agent(
            role="Data Analyst",
            goal="Watch market data and spot trends early.",
            backstory="Quant-minded analyst who feeds the trading desk with insights.",
            verbose=True,
            allow_delegation=True,
            tools=[page_scraper, web_search],
        )

    @agent
    def strategist(self) -> Agent:
        return Agent(
            role="Trading Strategy Developer",
            goal="Turn the analyst's findings into testable strategies.",
            backstory="Designs and back-tests strategies, keeps the risk-averse ones.",
            verbose=True,
            allow_delegation=True,
            tools=[page_scraper, web_search],
        )

    @agent
    def risk_advisor(self) -> Agent:
        return Agent(
            role="Risk Advisor",
            goal="Assess the risk of each proposed trade.",
            backstory="Knows risk models and how markets punish overconfidence.",
            verbose=True,
            allow_delegation=True,
            tools=[page_scraper, web_search],
        )

    @task
    def analysis(self) -> Task:
        return Task(
            description="Monitor data for {stock_selection} and flag movements.",
            expected_output="Alerts on opportunities or threats for {stock_selection}.",
            agent=analyst,
        )

    @task
    def strategy(self) -> Task:
        return Task(
            description="Refine strategies given risk tolerance {risk_tolerance}.",
            expected_output="Candidate strategies for {stock_selection}.",
            agent=strategist,
        )

    @task
    def risk(self) -> Task:
        return Task(
            description="Evaluate the risks of the strategies for {stock_selection}.",
            expected_output="A risk report with mitigations.",
            agent=risk_advisor,
        )

    @crew
    def trading_crew(self) -> Crew:
        return Crew(
            agents=[analyst, strategist, risk_advisor],
            tasks=[analysis, strategy, risk],
            process=ChatOpenAI(model="gpt-3.5-turbo",
                               temperature=0.7),
            verbose=True,
        )
