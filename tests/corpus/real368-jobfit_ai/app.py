import pandas as pd
import sqlite3
import re
from flask import Flask, render_template, request, redirect, session, jsonify
from PyPDF2 import PdfReader
from sentence_transformers import SentenceTransformer
from sklearn.metrics.pairwise import cosine_similarity

app = Flask(__name__)
app.secret_key = "supersecretkey"

# ---------------- LOAD MODEL ----------------
model = SentenceTransformer("all-MiniLM-L6-v2")

# ---------------- DATABASE ----------------
def get_db():
    return sqlite3.connect("database.db")

with get_db() as db:
    db.execute("""
        CREATE TABLE IF NOT EXISTS users(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            email TEXT UNIQUE,
            password TEXT
        )
    """)

# ---------------- LOAD DATASET ----------------
jobs_df = pd.read_csv("jobs.csv")
jobs_df.columns = jobs_df.columns.str.strip()
jobs_df = jobs_df.dropna(subset=["Job Title", "Job Description"])
jobs_df = jobs_df.drop_duplicates(subset=["Job Title"])

ROLE_DATASET = {
    row["Job Title"]: row["Job Description"]
    for _, row in jobs_df.iterrows()
}
