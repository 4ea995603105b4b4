from os import getenv

from camel.agents import ChatAgent
from camel.models import ModelFactory
from camel.societies.workforce import Workforce
from camel.tasks import Task
from camel.toolkits import FunctionTool, SearchToolkit
from camel.types import ModelPlatformType

model = ModelFactory.create(
    model_platform=ModelPlatformType.OPENAI_COMPATIBLE_MODEL,
    model_type="Qwen/Qwen2.5-72B-Instruct",
    url='https://api-inference.modelscope.cn/v1/',
    api_key=getenv("MODELSCOPE_API_KEY")
)

# 创建一个 Workforce 实例
workforce = Workforce(description="旅游攻略制作与评估工作组", new_worker_agent_kwargs={'model': model},
                      coordinator_agent_kwargs={'model': model}, task_agent_kwargs={'model': model})

search_tool = FunctionTool(SearchToolkit().search_duckduckgo)

search_agent = ChatAgent(
    system_message="你是一个专业的旅游信息搜索助手，负责搜索景点、美食、交通和住宿信息。",
    model=model,
    tools=[search_tool],
    output_language='中文',
)
planner_agent = ChatAgent(
    system_message="你是一个专业的旅行规划师，负责安排合理可行的行程。",
    model=model,
    output_language='中文',
)
reviewer_agent = ChatAgent(
    system_message="你是一个经验丰富的旅行爱好者，从游客角度评估行程并给出建议。",
    model=model,
    output_language='中文',
)

workforce.add_single_agent_worker("负责搜索目的地相关信息", worker=search_agent) \
    .add_single_agent_worker("负责制定详细行程规划", worker=planner_agent) \
    .add_single_agent_worker("负责从游客角度评估行程", worker=reviewer_agent)

task = Task(content="规划一个3天的巴黎旅行计划。", id="0")
task = workforce.process_task(task)
print(task.result)
