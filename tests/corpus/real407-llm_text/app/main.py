import base64
import json

from json import JSONDecodeError
from typing import Optional, List, Dict, Any, Annotated
from fastapi.middleware.cors import CORSMiddleware
from .errors import ToolError, ToolTimeout, InvalidHistoryFormatError, ImageProcessingError
from fastapi import FastAPI, HTTPException, UploadFile, File, Form
from .guardrails import guard_input, scrub_output
from .llm_runner import run_with_retry_chat, ChatMessage
from .errors import (
    SecurityBlocked,
    ValidationError,
)
from .app_logging import logger


app = FastAPI(title="Groq Hosted Model API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


MAX_MESSAGE_LENGTH = 2000
MAX_HISTORY_LENGTH = 10000
MAX_K_RETRIEVAL = 10



@app.get("/")
def root():
    return ({"message": "This is my llm_text"})


@app.post("/ask")
async def ask(
        message: Annotated[str, Form(min_length=1, max_length=MAX_MESSAGE_LENGTH)],
        history: Annotated[str, Form(max_length=MAX_HISTORY_LENGTH)] = "[]",
        images: Optional[List[UploadFile]] = File(None),
        k: Annotated[int, Form(ge=1, le=MAX_K_RETRIEVAL)] = 5,
        mode: str = Form("api"),
        use_functions: bool = Form(True)
):
    logger.info("Endpoint ask called")
    try:
        processed_images = await _process_uploaded_images(images)

        chat_history = _parse_chat_history(history)

        guard_input(message)

        result = await run_with_retry_chat(
            current_message=message,
            use_functions=use_functions,
            history=chat_history,
            api_mode=mode,
            images_list=processed_images,
            k=k
        )

        return _format_llm_response(result)
    except SecurityBlocked as e:
        logger.error("HTTPException")
        raise HTTPException(status_code=400, detail=e.detail)

    except ValidationError as e:
        logger.error("ValidationError")
        raise HTTPException(status_code=422, detail=e.detail)

    except ToolTimeout as e:
        logger.error("ToolTimeout")
        raise HTTPException(status_code=504, detail=e.detail)

    except ToolError as e:
        logger.error("ToolError")
        raise HTTPException(status_code=502, detail=e.detail)

    except Exception as e:
        logger.error(e)
        raise HTTPException(status_code=500, detail="Internal server error")


async def _process_uploaded_images(files: Optional[List[UploadFile]]) -> List[Dict[str, str]]:
    if not files:
        return []

    processed = []
    for image in files:
        logger.info(f"Processing image: {image.filename}")
        try:
            content = await image.read()
            b64 = base64.b64encode(content).decode('utf-8')
            mime = image.content_type or "image/jpeg"
            processed.append({
                "data": b64,
                "mime": mime
            })
        except Exception as e:
            logger.error(f"Failed to process image {image.filename}: {e}")
            raise ImageProcessingError(f"Failed to process image {image.filename}")

    return processed
