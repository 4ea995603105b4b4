import json
import os

import openai
import requests

import pi_azure_tts_api
from pi_dalleE import generate_image
from pi_display_image import display_image_on_screen

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_weather(location):
    """Current weather from the Weatherstack API, as a JSON string."""
    api_key = os.getenv("WEATHERSTACK_API_KEY")
    url = f'http://api.weatherstack.com/current?access_key={api_key}&query={location}'
    response = requests.get(url)
    if response.status_code == 200:
        return json.dumps(response.json())
    return None


functions = [
    {
        "name": "get_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city name, e.g. Munich"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
        },
        "required": ["location"],
    },
    {
        "name": "generate_image",
        "description": "generate image with given prompt description",
        "parameters": {
            "type": "object",
            "properties": {"prompt_text": {"type": "string", "description": "e.g. a cat lying on sofa"}},
        },
        "required": ["prompt_text"],
    },
]


def openai_function_call(query):
    messages = [
        {"role": "system", "content": "Based on my query, find the best matching function call."},
        {"role": "user", "content": query},
    ]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=functions,
        function_call="auto",
    )
    message = response["choices"][0]["message"]
    if not message.get("function_call"):
        print("No matching function call found!")
        return None

    name = message["function_call"]["name"]
    args = json.loads(message["function_call"]["arguments"])

    if name == "get_weather":
        weather = get_weather(args.get("location"))
        if weather is not None:
            messages.append(message)
            messages.append({"role": "function", "name": name, "content": weather})
            messages.append({"role": "system", "content": "Summarize the weather casually and suggest an activity."})
            second_response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo-0613",
                messages=messages,
            )
            pi_azure_tts_api.azure_tts_run(second_response["choices"][0]["message"]["content"])
    elif name == "generate_image":
        display_image_on_screen(generate_image(args.get("prompt_text")))
    return args


if __name__ == '__main__':
    print(openai_function_call("what's the weather in Munich"))
