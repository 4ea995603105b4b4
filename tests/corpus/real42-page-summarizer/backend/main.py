import logging
import os

import google.generativeai as genai
from dotenv import load_dotenv
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

load_dotenv()

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

app = FastAPI(title="Page Summarizer API", version="1.0.0")

# Let the Chrome extension call us
app.add_middleware(
    CORSMiddleware,
    allow_origins=["chrome-extension://*", "http://localhost:*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

GEMINI_API_KEY = os.getenv("GEMINI_API_KEY")
if not GEMINI_API_KEY:
    raise ValueError("GEMINI_API_KEY is required")

genai.configure(api_key=GEMINI_API_KEY)
model = genai.GenerativeModel('gemini-1.5-flash')


class SummarizeRequest(BaseModel):
    title: str
    content: str
    url: str


class SummarizeResponse(BaseModel):
    summary: str
    title: str
    url: str


@app.get("/health")
async def health_check():
    return {"status": "healthy"}


@app.post("/summarize", response_model=SummarizeResponse)
async def summarize_page(request: SummarizeRequest):
    try:
        prompt = f"""
        Summarize the following web page in 3-5 clear paragraphs with the main points.

        Page Title: {request.title}
        Page URL: {request.url}

        Content:
        {request.content}
        """
        response = model.generate_content(prompt)
        if not response.text:
            raise HTTPException(status_code=500, detail="Failed to generate summary")
        return SummarizeResponse(summary=response.text.strip(), title=request.title, url=request.url)
    except Exception as e:
        logger.error(f"Error summarizing page: {e}")
        raise HTTPException(status_code=500, detail=f"Error generating summary: {e}")


if __name__ == "__main__":
    import uvicorn
    uvicorn.run(app, host="0.0.0.0", port=8000)
