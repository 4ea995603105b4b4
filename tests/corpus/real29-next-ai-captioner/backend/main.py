from contextlib import asynccontextmanager
from fastapi import FastAPI, File, UploadFile, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from transformers import BlipProcessor, BlipForConditionalGeneration
from PIL import Image
import io
import logging

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

# Global variables to cache the model and processor
MODEL = None
PROCESSOR = None


def load_model():
    """Load the BLIP model and processor once at startup"""
    global MODEL, PROCESSOR
    if MODEL is None or PROCESSOR is None:
        logger.info("Loading BLIP model and processor...")
        PROCESSOR = BlipProcessor.from_pretrained("Salesforce/blip-image-captioning-large")
        MODEL = BlipForConditionalGeneration.from_pretrained("Salesforce/blip-image-captioning-large")
        logger.info("Model loaded successfully!")
    return MODEL, PROCESSOR


@asynccontextmanager
async def lifespan(app: FastAPI):
    load_model()
    yield


app = FastAPI(title="Image Captioning API", version="1.0", lifespan=lifespan)

app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "https://next-ai-captioner-wbpp.vercel.app",
        "http://localhost:3000"
    ],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/health")
async def health_check():
    return {"status": "healthy"}


@app.post("/caption")
async def generate_caption(file: UploadFile = File(...)):
    if not file.content_type.startswith("image/"):
        raise HTTPException(status_code=400, detail="File must be an image (JPEG, PNG, etc.)")
    try:
        image = Image.open(io.BytesIO(await file.read())).convert("RGB")
        model, processor = load_model()
        inputs = processor(image, return_tensors="pt")
        output = model.generate(**inputs)
        caption = processor.decode(output[0], skip_special_tokens=True)
        return JSONResponse({"success": True, "caption": caption, "filename": file.filename})
    except Exception as e:
        logger.error(f"Error processing image: {str(e)}")
        raise HTTPException(status_code=500, detail=f"Internal server error: {str(e)}")
