from os import getenv

from camel.agents import ChatAgent
from camel.models import ModelFactory
from camel.types import ModelPlatformType

model = ModelFactory.create(
    model_platform=ModelPlatformType.OPENAI_COMPATIBLE_MODEL,
    model_type="Qwen/Qwen2.5-72B-Instruct",
    url='https://api-inference.modelscope.cn/v1/',
    api_key=getenv("MODELSCOPE_API_KEY")
)

agent = ChatAgent(model=model, output_language='中文')

response = agent.step("你好，你是谁？")
print(response.msgs[0].content)

# 你好，我是通义千问，一个超大规模语言模型。我能够回答问题、创作文字、表达观点……
