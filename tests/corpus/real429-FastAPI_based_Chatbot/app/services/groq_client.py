from groq import Groq
from app.core.config import settings


client = Groq( api_key=settings.GROQ_API_KEY)


def get_llm_response(prompt:str) -> str:
    response= client.chat.completions.create(
        model='llama-3.1-8b-instant',
        messages=[
            {"role": "user" , "content" : prompt}
        ]
    )
    return response.choices[0].message.content