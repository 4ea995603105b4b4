"""Research project management with CrewAI on a local Ollama model."""

from crewai import Agent, Task, Crew
from langchain.llms import Ollama

llm = Ollama(model="llama3", base_url="http://localhost:11434")

agent = Agent(
    role="Research Project Management",
    goal="Keep track of the tasks of a research project.",
    backstory="Project-management agent for a research group.",
    allow_delegation=False,
    llm=llm,
)

task = Task(
    description="Keep track of the tasks of a research project.",
    expected_output="Task status report.",
    agent=agent,
)

crew = Crew(agents=[agent], tasks=[task])

if __name__ == "__main__":
    print(crew.kickoff())
