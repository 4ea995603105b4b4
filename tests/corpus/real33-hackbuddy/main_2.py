from langchain_huggingface import HuggingFaceEmbeddings
from langchain_community.vectorstores import Chroma

import json
from concurrent.futures import ThreadPoolExecutor, TimeoutError

from openai import OpenAI
from github_search_agent import GitHubSearchAgent

# --- Embeddings & Chroma Setup ---
embedding = HuggingFaceEmbeddings(model_name="thenlper/gte-small")
datasets_db = Chroma(persist_directory="embeddings/resources", embedding_function=embedding)
ideas_db = Chroma(persist_directory="embeddings/ideas", embedding_function=embedding)

GENERIC_INPUTS = {"heyy", "hey", "hi", "hello", "help", "new project"}


def fetch_github_repos(query):
    if query.strip().lower() in GENERIC_INPUTS:
        return ""
    try:
        repos = json.loads(GitHubSearchAgent().run(query))
        links = "\n".join(f"- [{r['name']}]({r['url']}) ⭐ {r['stars']}" for r in repos)
        return f"\n\n**Top GitHub Projects:**\n{links}"
    except Exception as e:
        return f"\n\nGitHub Search Error: {e}"


# --- Together API Call ---
def call_together_ai(prompt):
    client = OpenAI(api_key="YOUR-API-KEY", base_url="https://api.together.xyz/v1")
    try:
        response = client.chat.completions.create(
            model="mistralai/Mistral-7B-Instruct-v0.1",
            messages=[
                {"role": "system", "content": "You are a helpful assistant for hackathons and dataset projects."},
                {"role": "user", "content": prompt},
            ],
            max_tokens=500,
            temperature=0.7,
        )
        return {"content": response.choices[0].message.content.strip()}
    except Exception as e:
        return {"content": f"Together API error: {e}"}


GENERIC_REPOS = ["project-based-learning", "bootstrap", "HelloGitHub", "awesome-for-beginners", "moby"]


def generate_answer(query):
    def fetch_docs(db, tag):
        docs = db.similarity_search(query, k=3)
        return [f"[{tag.upper()}] {d.page_content.strip()}" for d in docs]

    with ThreadPoolExecutor() as ex:
        contexts = ex.submit(fetch_docs, datasets_db, "datasets").result()
        contexts += ex.submit(fetch_docs, ideas_db, "ideas").result()
        github = ex.submit(fetch_github_repos, query)
    context = "\n---\n".join(dict.fromkeys(contexts))[:1200]
    try:
        answer = call_together_ai(f"Context:\n{context}\n\nQuestion:\n{query}\n\nAnswer:")["content"]
    except TimeoutError:
        answer = "Together API timed out."
    gh = github.result()
    if gh and not any(r in gh for r in GENERIC_REPOS):
        return f"\n\n{answer}{gh}"
    return f"\n\n{answer}"


if __name__ == "__main__":
    while (q := input("Ask your chatbot: ")).lower() not in ("exit", "quit"):
        print(generate_answer(q))
