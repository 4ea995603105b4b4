from crewai import Agent, Task, Crew, Process
from crewai.project import CrewBase, agent, task, crew
from crewai.agents.agent_builder.base_agent import BaseAgent
from typing import List, Dict
import os
from dotenv import load_dotenv

# Load environment variables
load_dotenv()

@CrewBase
class ExpertPanelAssistant:
    """
    Expert Panel Assistant Crew for routing emails to relevant experts
    and synthesizing their responses into cohesive replies.
    """
    
    # Required attributes for @CrewBase
    agents: List[BaseAgent]
    tasks: List[Task]
    
    # Add paths to your YAML configuration files
    agents_config = 'config/agents.yaml'
    tasks_config = 'config/tasks.yaml'

    selected_experts: List[str] = []
    expert_responses: Dict[str, str] = {}
    
    @staticmethod
    def get_llm_config() -> str:
        """
        Get LLM configuration from environment variable.
        Returns the LLM model string for CrewAI agents.
        """
        llm_model = os.getenv('LLM_MODEL', 'anthropic/claude-3-5-haiku-latest')
        print(f"🤖 Using LLM: {llm_model}")
        return llm_model

    @property
    def agent_map(self) -> Dict[str, Agent]:
        """Lazy-loaded agent mapping dictionary"""
        if not hasattr(self, '_agent_map'):
            self._agent_map = {
                "simon_sinek": self.simon_sinek(),
                "julie_zhuo": self.julie_zhuo(),
                "satya_nadella": self.satya_nadella(),
                "roger_martin": self.roger_martin(),
                "chris_voss": self.chris_voss()
            }
        return self._agent_map

    @agent
    def router(self) -> Agent:
        config = self.agents_config["router"].copy()  # type: ignore[index]
        config["llm"] = self.get_llm_config()
        return Agent(
            config=config,
            verbose=True
        )

    @agent
    def simon_sinek(self) -> Agent:
        config = self.agents_config["simon_sinek"].copy()  # type: ignore[index]
        config["llm"] = self.get_llm_config()
        return Agent(
            config=config,
            verbose=True
        )

    @agent
    def julie_zhuo(self) -> Agent:
        config = self.agents_config["julie_zhuo"].copy()  # type: ignore[index]
        config["llm"] = self.get_llm_config()
        return Agent(
            config=config,
            verbose=True
        )
