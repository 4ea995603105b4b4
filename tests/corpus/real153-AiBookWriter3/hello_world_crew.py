from crewai import Agent, Task, Crew, Process
from langchain_community.llms import Ollama

# Ollama on the LAN box
ollama_llm = Ollama(
    base_url="http://10.1.1.47:11434",
    model="qwen2:1.5b",
)

agent = Agent(
    role="Writer",
    goal="Write a hello world message",
    backstory="Writes very short messages.",
    llm=ollama_llm,
    verbose=True,
)

task = Task(
    description="Write one 'Hello, World!' message.",
    agent=agent,
)

crew = Crew(
    agents=[agent],
    tasks=[task],
    process=Process.sequential,
    verbose=2,
)

result = crew.kickoff()
print("######################")
print(result)
