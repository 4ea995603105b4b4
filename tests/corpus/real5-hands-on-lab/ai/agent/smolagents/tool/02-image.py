from smolagents import Tool

flux_tool = Tool.from_space(
    "black-forest-labs/FLUX.1-schnell",
    name="image_generator",
    description="Generate an image from a prompt"
)

flux_tool("A sunny beach")
