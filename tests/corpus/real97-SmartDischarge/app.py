from flask import Flask, render_template, request, jsonify, send_file
from models import Patient, SessionLocal
import pandas as pd
import numpy as np
from datetime import datetime, timedelta
from fpdf import FPDF
import logging
import os
import tempfile
from sqlalchemy import func
from werkzeug.utils import secure_filename

# Configure logging
logging.basicConfig(level=logging.DEBUG)
logger = logging.getLogger(__name__)

app = Flask(__name__)

# File upload configuration
UPLOAD_FOLDER = os.path.join('static', 'uploads')
ALLOWED_EXTENSIONS = {'jpg', 'jpeg', 'png', 'pdf'}
app.config['UPLOAD_FOLDER'] = UPLOAD_FOLDER
app.config['MAX_CONTENT_LENGTH'] = 5 * 1024 * 1024  # 5MB limit

# Ensure upload folder exists
os.makedirs(UPLOAD_FOLDER, exist_ok=True)

def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS

# Load AI model with retry mechanism
def load_ai_model():
    try:
        from transformers import pipeline
        summarizer = pipeline("text-generation", model="distilgpt2")
        logger.info("AI model loaded successfully")
        return summarizer
    except Exception as e:
        logger.error("Error loading AI model: %s, using fallback summary", str(e))
        return None

summarizer = load_ai_model()

# Map GeneralHealth to diseases and age
def map_disease_and_age(general_health, has_chronic, risk_category):
    age_map = {
        'Obese': 'Adult (40-60)',
        'Overweight': 'Adult (30-50)',
        'Normal': 'Young Adult (20-40)'
    }
    age = age_map.get(risk_category, 'Adult (30-60)')
    
    if has_chronic:
        if general_health == 'Fair':
            return 'Hypertension', 'High blood pressure', age
        elif general_health == 'Poor':
            return 'Diabetes', 'High blood sugar', age
        else:
            return 'Chronic Heart Disease', 'Chest pain', age
    else:
        return 'Acute Respiratory Infection', 'Shortness of breath', age

# Function to fetch patient data by ID
def get_patient_data(patient_id):
    session = SessionLocal()
    try:
        patient_id_int = int(patient_id)
        logger.debug("Looking up PatientID: %d", patient_id_int)
        patient = session.query(Patient).filter(Patient.PatientID == patient_id_int).first()
        if patient:
            logger.debug("Patient found for ID: %d", patient_id_int)
            return {
                'PatientID': patient.PatientID,
                'Name': patient.Name,
                'Sex': patient.Sex,
                'State': patient.State,
                'GeneralHealth': patient.GeneralHealth,
                'HasChronicCondition': patient.HasChronicCondition,
                'HospitalStayDuration': patient.HospitalStayDuration,
                'RiskCategory': patient.RiskCategory,
                'DoctorName': patient.DoctorName,
                'Allergies': patient.Allergies,
                'ChiefComplaint': patient.ChiefComplaint,
                'AdmissionDate': patient.AdmissionDate,
                'DischargeDate': patient.DischargeDate,
                'TestReports': patient.TestReports
            }
        logger.warning("No patient found for ID: %d", patient_id_int)
        return None
    except ValueError as ve:
        logger.error("Invalid Patient ID format: %s, error: %s", patient_id, str(ve))
        return None
    except Exception as e:
        logger.error("Error fetching patient data for ID %s: %s", patient_id, str(e))
        return None
    finally:
        session.close()

# Function to get all patient IDs
def get_patient_ids():
    session = SessionLocal()
    try:
        patient_ids = set(str(pid[0]) for pid in session.query(Patient.PatientID).all())
        logger.debug("Fetched %d patient IDs from database", len(patient_ids))
        return patient_ids
    except Exception as e:
        logger.error("Error fetching patient IDs: %s", str(e))
        return set()
    finally:
        session.close()
