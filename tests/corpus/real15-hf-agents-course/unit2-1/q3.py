# Run generated code in a sandbox
from smolagents import CodeAgent, E2BSandbox

box = E2BSandbox()

agent = CodeAgent(
    tools=[],
    model=model,
    sandbox=box,  # security settings
    additional_authorized_imports = ["numpy"]
)
