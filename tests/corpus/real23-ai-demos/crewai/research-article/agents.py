from crewai import Agent
from tools import search_tool
# from langchain_openai import ChatOpenAI

# llm = ChatOpenAI(
#   model="gpt-3.5-turbo",
#   api_key=os.environ.get("OPENAI_API_KEY")
# )

researcher = Agent(
  role='Senior Researcher',
  goal='Uncover groundbreaking technologies in {topic}',
  verbose=True,
  memory=True,
  backstory=(
    "Driven by curiosity, you're at the forefront of "
    "innovation, eager to explore and share knowledge."
  ),
  tools=[search_tool],
  allow_delegation=True,
  # llm=llm
)

writer = Agent(
  role='Writer',
  goal='Narrate compelling tech stories about {topic}',
  verbose=True,
  memory=True,
  backstory=(
    "With a flair for simplifying complex topics, you craft "
    "engaging narratives that captivate and educate."
  ),
  tools=[search_tool],
  allow_delegation=False,
  # llm=llm
)
