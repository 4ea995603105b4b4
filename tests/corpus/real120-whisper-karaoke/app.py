from flask import Flask, request, render_template, jsonify, url_for, send_from_directory
import os
import re
import threading
import sys
import time
import atexit
from urllib.parse import unquote
from faster_whisper import WhisperModel
from mutagen import File as MutagenFile

app = Flask(__name__)
app.config['UPLOAD_FOLDER'] = 'static/tracks/'
app.config['MAX_CONTENT_PATH'] = 1024 * 1024 * 100  # 100 MB limit for file upload

# Create a persistent WhisperModel instance
whisper_model = WhisperModel("large-v3", device="cuda", compute_type="float16")

# Global variables for thread management
active_threads = []
exit_flag = False

if not os.path.exists(app.config['UPLOAD_FOLDER']):
    os.makedirs(app.config['UPLOAD_FOLDER'])

def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1].lower() in {'mp3'}

@app.route('/')
def index():
    directory = os.path.join(app.static_folder, 'tracks')
    mp3_files = [f.replace('.mp3', '') for f in os.listdir(directory) if f.endswith('.mp3')]
    return render_template('index.html', mp3_files=mp3_files)

@app.route('/static/tracks/<path:filename>')
def uploaded_file(filename):
    # Decode URL-encoded parts
    decoded_filename = unquote(filename)
    filepath = os.path.join(app.config['UPLOAD_FOLDER'], decoded_filename)

    if not os.path.exists(filepath):
        app.logger.error(f"File not found: {filepath}")
        return "File not found", 404

    app.logger.info(f"Serving file: {filepath}")
    return send_from_directory(app.config['UPLOAD_FOLDER'], decoded_filename)

@app.route('/check_file/<path:filename>')
def check_file_exists(filename):
    """Check if a file exists in the tracks directory"""
    try:
        # Decode URL-encoded parts
        decoded_filename = unquote(filename)
        
        # Make sure the path is relative to the upload folder
        if not decoded_filename.startswith('tracks/'):
            filepath = os.path.join(app.config['UPLOAD_FOLDER'], decoded_filename)
        else:
            # Handle case where 'tracks/' is already in the path
            filepath = os.path.join('static', decoded_filename)
        
        app.logger.info(f"Checking file existence: {filepath}")
        
        if os.path.exists(filepath) and os.path.isfile(filepath):
            app.logger.info(f"File check: {filepath} exists")
            return jsonify({'exists': True}), 200
        else:
            app.logger.info(f"File check: {filepath} does not exist")
            return jsonify({'exists': False}), 404
    except Exception as e:
        app.logger.error(f"Error checking file: {str(e)}")
        return jsonify({'error': str(e)}), 500
