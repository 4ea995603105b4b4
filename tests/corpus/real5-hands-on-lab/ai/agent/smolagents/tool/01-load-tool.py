from smolagents import load_tool

downloads_tool = load_tool(
    "m-ric/hf-model-downloads",
    trust_remote_code=True
)

top = downloads_tool(task="text-classification")
print("Most downloaded model: {}".format(top))
