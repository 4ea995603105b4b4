from langchain.chat_models import ChatOpenAI
from langchain.schema import HumanMessage
import os
from dotenv import load_dotenv
import json
import re
import logging

logging.basicConfig(level=logging.INFO, format='%(asctime)s-%(levelname)s-%(message)s')
logger = logging.getLogger(__name__)

load_dotenv()
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")


# connect to model
def get_llm():
    try:
        return ChatOpenAI(
            temperature=0.7,
            model_name="gpt-3.5-turbo",
            openai_api_key=OPENAI_API_KEY
        )
    except Exception as e:
        logger.error(f"Error initializing LLM: {str(e)}")
        raise Exception(f"Failed to initialize AI model: {str(e)}")


def generate_tutoring_response(subject, level, question, learning_style, background, language):
    """Generate a personalized tutoring response based on user preferences."""
    llm = get_llm()
    prompt = f"""
    You are an expert tutor in {subject} at the {level} level.
    Background knowledge: {background}. Learning style: {learning_style}. Answer in {language}.

    QUESTION:
    {question}
    """
    logger.info(f"Generating tutoring response for subject: {subject}, level: {level}")
    response = llm([HumanMessage(content=prompt)])
    if learning_style == "Visual":
        return response.content + "\n\n*Note: Visualize these concepts as you read.*"
    return response.content


def _parse_quiz_response(content, subject, num_questions):
    match = re.search(r'```json\s*(\[[\s\S]*?\])\s*```', content)
    raw = match.group(1) if match else content
    try:
        quiz = json.loads(raw)
    except json.JSONDecodeError:
        logger.warning(f"Using fallback quiz for {subject}")
        quiz = [{"question": f"Sample {subject} question #{i+1}",
                 "options": ["Option A", "Option B", "Option C", "Option D"],
                 "correct_answer": "Option A"} for i in range(num_questions)]
    return quiz[:num_questions]


def generate_quiz(subject, level, num_questions=5):
    """Generate a multiple-choice quiz for a subject and level."""
    llm = get_llm()
    prompt = f"""
    Create a {level}-level quiz on {subject} with exactly {num_questions} multiple-choice questions.
    Return JSON: [{{"question": ..., "options": [...], "correct_answer": ..., "explanation": ...}}]
    """
    response = llm([HumanMessage(content=prompt)])
    return {"quiz_data": _parse_quiz_response(response.content, subject, num_questions)}
