"""
Allowed models for OpenAI API interactions
- gpt-4.1-mini
- gpt-5-nano
- gpt-5-mini (Good balance between speed and capability)
- gpt-4.1-nano

Visit quick start guide at: https://platform.openai.com/docs/quickstart

"""


OPENAI_API_KEY="your-openai-api-key-here"  # Replace with your actual OpenAI API key

from openai import OpenAI
client = OpenAI(api_key=OPENAI_API_KEY)

"""
Basic example
"""

# response = client.responses.create(
#     model="gpt-4.1-mini",
#     instructions="You are a research assistant. Read the user's topic and return a concise summary of recent and reliable information in one paragraph. Include sources when relevant.",
#     input="Can you help me research filter bubble and summarize the latest findings?",
#     temperature=0.0     # Creativity level (0.0 = least creative, 1.0 = most creative)
#                         # Temperature is not supported for gpt-5x models
                        

#     # The example above is roughly equivalent to using the following input messages in the array:                        
#     # input=[
#     #     {
#     #         "role": "developer",
#     #         "content": "You are a helpful assistant that writes bedtime stories for children."
#     #     },
#     #     {
#     #         "role": "user",
#     #         "content": "Write a 5-sentence bedtime story about a unicorn."
#     #     }
#     # ]
# )

# print(response.output_text)



"""
Ask with placeholder example
"""
# topic = "filter bubble"
# response = client.responses.create(
#     model="gpt-4.1-mini",
#     instructions="You are a research assistant. Read the user's topic and return a concise summary of recent and reliable information in one paragraph. Include sources when relevant.",
#     input=f"Can you help me research {topic} and summarize the latest findings?",
#     temperature=0.0
# )

# print(response.output_text)



"""
Wrap up example to a function
"""
def research_topic(topic, model="gpt-4.1-mini", 
                   instructions="You are a research assistant. Read the user's topic and return a concise summary of recent and reliable information in one paragraph. Include sources when relevant.", 
                   input_template="Can you help me research {topic} and summarize the latest findings?", 
                   temperature=0.0):
    response = client.responses.create(
        model=model,
        instructions=instructions,
        input=input_template.format(topic=topic),
        temperature=temperature
    )
    return response.output_text
