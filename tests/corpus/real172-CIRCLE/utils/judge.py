# ------------------------------------------------------------
# Constants
# ------------------------------------------------------------

JUDGE_MODEL = "gpt-4.1-2025-04-14"
TEMPERATURE = 0.0001
SEED = 42

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")

if not OPENAI_API_KEY:
    raise ValueError("OPENAI_API_KEY is not set")

# ------------------------------------------------------------
# Client
# ------------------------------------------------------------

openai_client = AsyncOpenAI(api_key=OPENAI_API_KEY)

# ------------------------------------------------------------
# Functions
# ------------------------------------------------------------


async def judge_response(
    task: str, response: str, code: str | None = None
) -> JudgeResponse:
    """
    Judge a response to a task.

    Args:
        task: The task from the user to the LLM
        response: The response from the LLM
        code: (Optional) The code written and possibly executed by the LLM in a Python REPL

    Returns:
        A JudgeResponse object with the reasoning and answer to the task
    """
    prompt = f"""
    Task: {task}
    Response: {response}
    {f"Code: {code}" if code else ""}
    """

    response = await openai_client.beta.chat.completions.parse(
        model=JUDGE_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": prompt},
        ],
        response_format=JudgeResponse,
        temperature=TEMPERATURE,
        seed=SEED,
    )
    return response.choices[0].message.parsed
