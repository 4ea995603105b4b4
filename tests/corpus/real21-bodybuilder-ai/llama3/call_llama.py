import json

import requests


def call_llama(data):
    try:
        response = requests.post("http://localhost:11434/api/generate", json=data, stream=False)
        if response.status_code == 200:
            json_data = response.json()
            if "response" in json_data:
                print(f"output = {json.dumps(json.loads(json_data['response']), indent=2)}")
            else:
                print(json.dumps(json_data, indent=2))
        else:
            print(f"Request failed with status code: {response.status_code}")
    except requests.exceptions.RequestException as e:
        print(f"An error occurred: {e}")
