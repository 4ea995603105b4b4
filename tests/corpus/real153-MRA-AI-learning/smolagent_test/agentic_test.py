from smolagents import CodeAgent, HfApiModel

model_id = "meta-llama/Llama-3.3-70B-Instruct"

model = HfApiModel()
# model = HfApiModel(model_id=model_id, token="<YOUR_HUGGINGFACEHUB_API_TOKEN>") --> needed for gated models

agent = CodeAgent(tools=[], model=model, add_base_tools=True)

agent.run(
    "What is the 118th Fibonacci number?",
)
