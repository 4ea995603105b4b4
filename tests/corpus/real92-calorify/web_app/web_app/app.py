import os
import cv2
import tempfile
from flask import Flask, render_template, request, send_file, jsonify, url_for
from flask_cors import CORS
from ultralytics import YOLO
import logging

app = Flask(__name__)

# Create a logger
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)

# Create a file handler and a stream handler
file_handler = logging.FileHandler('app.log')
stream_handler = logging.StreamHandler()

# Create a formatter and add it to the handlers
formatter = logging.Formatter('%(asctime)s - %(name)s - %(levelname)s - %(message)s')
file_handler.setFormatter(formatter)
stream_handler.setFormatter(formatter)

# Add the handlers to the logger
logger.addHandler(file_handler)
logger.addHandler(stream_handler)

# Load YOLO model with error handling
try:
    model_path = "D:/success/model/best.pt"
    if not os.path.exists(model_path):
        raise FileNotFoundError(f"Model file not found at {model_path}")
    model = YOLO(model_path)
    logger.info("YOLO model loaded successfully")
except Exception as e:
    logger.error(f"Error loading YOLO model: {str(e)}")
    model = None


# Base calorie information (per standard portion)
calorie_info = {
    'Apple': {'calories': 52, 'default_weight': 100},        # per 100g
    'Chapathi': {'calories': 68, 'default_weight': 100},     # per piece
    'Chicken Gravy': {'calories': 150, 'default_weight': 100}, # per 100g
    'Fries': {'calories': 312, 'default_weight': 100},       # per 100g
    'Idli': {'calories': 58, 'default_weight': 100},         # per piece
    'Pizza': {'calories': 285, 'default_weight': 100},       # per slice
    'Rice': {'calories': 130, 'default_weight': 100},        # per 100g
    'Soda': {'calories': 140, 'default_weight': 330},        # per can (330ml)
    'Tomato': {'calories': 18, 'default_weight': 100},       # per 100g
    'Vada': {'calories': 133, 'default_weight': 100},        # per piece
    'banana': {'calories': 89, 'default_weight': 100},       # per 100g
    'burger': {'calories': 295, 'default_weight': 100}       # per piece
}
