from dotenv import load_dotenv
from groq import Groq
import cohere
import os


load_dotenv()


client = Groq(
    api_key=os.getenv("GROQ_API_KEY"),
)

co = cohere.Client(os.getenv("COHERE_API_KEY"))


def llama_groq(query, prompt):
    chat_completion = client.chat.completions.create(
            messages=[
                # system message steering the assistant
                {
                    "role": "system",
                    "content": prompt
                },
                {
                    "role": "user",
                    "content": query,
                }
            ],

            # the model that writes the answer
            model="llama3-70b-8192",

            temperature=0.5,
            max_tokens=1024,
            top_p=1,
            stop=None,
            stream=False,
        )

    return chat_completion.choices[0].message.content


def cohere_reranker(query, valid_chunks, top_k=3):
    # Cohere rerank endpoint
    rerank_docs = co.rerank(
        query=query,
        documents=valid_chunks,
        top_n=top_k,
        model="rerank-english-v2.0"
    )
    return rerank_docs
