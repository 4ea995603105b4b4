import os
import time

from dotenv import load_dotenv
from google.api_core.exceptions import ResourceExhausted
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_google_genai import ChatGoogleGenerativeAI

from functions import search_notes

load_dotenv()


def main():
    if not os.getenv("GOOGLE_API_KEY"):
        print("Error: GOOGLE_API_KEY not found in .env")
        return

    # fast model, good enough for notes
    llm = ChatGoogleGenerativeAI(
        model="gemini-2.5-flash",
        temperature=0.3
    )

    system_prompt = """
You are an intelligent "Second Brain" assistant with access to the user's notes.

Context:
{context}

Question: {question}

Answer ONLY from the context and cite the source filename.
    """
    prompt = ChatPromptTemplate.from_template(system_prompt)
    print("\nObsidian RAG Agent Ready! (Type 'exit' to quit)\n")

    while True:
        user_query = input("\nYou: ")
        if user_query.lower() in ("exit", "quit"):
            break
        context = search_notes(user_query)
        chain = prompt | llm | StrOutputParser()
        for attempt in range(3):
            try:
                for chunk in chain.stream({"context": context, "question": user_query}):
                    print(chunk, end="", flush=True)
                break
            except ResourceExhausted:
                wait = 30 * (attempt + 1)
                print(f"\nRate limit hit, cooling down {wait}s")
                time.sleep(wait)


if __name__ == "__main__":
    main()
