
import argparse

from openai import OpenAI

# point the OpenAI client at the vLLM API server
openai_api_key = "EMPTY"
# openai_api_base = "http://connect.westd.seetacloud.com:6006/v1"
openai_api_base = "https://u812838-8a87-f721890f.westd.seetacloud.com:8443/v1"

messages = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Who won the world series in 2020?"},
    {"role": "assistant", "content": "The Los Angeles Dodgers won the World Series in 2020."},
    {"role": "user", "content": "介绍一下浙江大学"},
]


def parse_args():
    parser = argparse.ArgumentParser(description="Client for vLLM API server")
    parser.add_argument("--stream", default=True, help="Enable streaming response")
    return parser.parse_args()


def main(args):
    client = OpenAI(api_key=openai_api_key, base_url=openai_api_base)

    # whatever the server is serving
    model = client.models.list().data[0].id

    chat_completion = client.chat.completions.create(messages=messages, model=model, stream=args.stream)
    if args.stream:
        for chunk in chat_completion:
            print(chunk.choices[0].delta.content, end="", flush=True)
    else:
        print(chat_completion.choices[0].message.content)


if __name__ == "__main__":
    main(parse_args())
