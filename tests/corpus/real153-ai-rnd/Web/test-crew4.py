from crewai import Agent, Task, Crew, Process
from langchain_ollama import ChatOllama

# local Llama through Ollama
llm = ChatOllama(
    model="llama3.1",
    base_url="http://localhost:11434"
)

researcher = Agent(
    role="Researcher",
    goal="Research AI and AI agents in depth",
    backstory="Freelance researcher covering software, AI and startups.",
    allow_delegation=False,
    verbose=True,
    llm=llm
)

writer = Agent(
    role="Senior Writer",
    goal="Write engaging pieces about AI and AI agents",
    backstory="Freelance senior writer covering software, AI and startups.",
    allow_delegation=False,
    verbose=True,
    llm=llm
)

task = Task(
    description="Come up with 5 article ideas and write one strong paragraph for each.",
    expected_output="5 bullet points, each with a paragraph and notes."
)

manager = Agent(
    role="Project Manager",
    goal="Run the crew and keep quality high",
    backstory="Seasoned project manager who coordinates the crew.",
    allow_delegation=True,
    verbose=True,
    llm=llm
)

crew = Crew(
    agents=[researcher, writer],
    tasks=[task],
    manager_agent=manager,
    process=Process.hierarchical
)

result = crew.kickoff()

print(result)
