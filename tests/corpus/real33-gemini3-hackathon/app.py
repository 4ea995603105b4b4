from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.responses import FileResponse
from pydantic import BaseModel
import google.generativeai as genai
import os
from typing import Optional
from dotenv import load_dotenv

load_dotenv()

app = FastAPI(title="Gemini 3 Hackathon API", version="1.0.0")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])
app.mount("/static", StaticFiles(directory="."), name="static")


class ChatMessage(BaseModel):
    message: str
    api_key: Optional[str] = None


class ChatResponse(BaseModel):
    response: str
    status: str


@app.get("/")
async def serve_homepage():
    return FileResponse('index.html')


@app.get("/health")
def health_check():
    return {'status': 'healthy', 'message': 'Gemini 3 Hackathon API is running!'}


@app.post("/chat", response_model=ChatResponse)
async def chat_with_gemini(chat_message: ChatMessage):
    """Chat endpoint that integrates with the Gemini 3 API"""
    try:
        api_key = chat_message.api_key or os.getenv("GEMINI_API_KEY")
        if not api_key:
            return ChatResponse(response="Please provide a valid Gemini API key.", status="error")

        genai.configure(api_key=api_key)

        # Use Gemini 3 Flash Preview model (latest for hackathon)
        model = genai.GenerativeModel('gemini-3-flash-preview')

        prompt = f"""
        You are an AI assistant built for social good as part of the Gemini 3 Hackathon.
        User message: {chat_message.message}
        """
        response = model.generate_content(prompt)
        return ChatResponse(response=response.text, status="success")
    except Exception as e:
        raise HTTPException(status_code=500, detail=f"Error generating response: {str(e)}")


@app.get("/demo-info")
def get_demo_info():
    return {
        "project_name": "Gemini 3 AI Assistant for Social Good",
        "tech_stack": {
            "backend": ["FastAPI", "Google Generative AI", "Python"],
            "frontend": ["HTML5", "Tailwind CSS", "Vanilla JavaScript"],
        },
        "submission_requirements": {
            "repo_link": "https://github.com/ArnabSen08/gemini3-hackathon",
            "demo_link": "Live demo available via GitHub Pages",
        },
    }
