from dotenv import load_dotenv
import os

load_dotenv()

# hugging_face_token = 'hehe'
model_name = 'meta-llama/Llama-2-7b-chat-hf'
OPEN_API_KEY=os.getenv('OPEN_API_KEY')