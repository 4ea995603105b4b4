import os

from dotenv import load_dotenv
from openai import OpenAI  # pip install openai>0.28

load_dotenv()

openai_api_key = os.environ.get("OPENAI_API_KEY")
if not openai_api_key:
    print("Error: OPENAI_API_KEY environment variable not set.")
    raise SystemExit(1)

client = OpenAI(api_key=openai_api_key)

prompt = "A vibrant cyberpunk cityscape at sunset with flying vehicles."

try:
    response = client.images.generate(
        model="dall-e-3",  # Or "dall-e-2"
        prompt=prompt,
        n=1,  # DALL·E 3 only supports n=1
        size="1024x1024",  # available sizes vary by model
    )
    print(f"Generated image URL: {response.data[0].url}")
    # For base64 data instead of a URL, pass response_format="b64_json" and save it,
    # e.g. to generated_image.png
except Exception as e:
    print(f"Error generating image: {e}")
