# 7-Eleven Receipt OCR Expense Tracker
# Gemini reads the receipt image and returns structured rows

import json
import os
from datetime import datetime

import google.generativeai as genai
import pandas as pd
import PIL.Image
import streamlit as st
from dotenv import load_dotenv

load_dotenv()

with st.sidebar:
    st.header("Admin Tools")
    if st.button("Hard Reset App"):
        st.session_state.clear()
        st.cache_data.clear()
        st.rerun()

if "master_db" not in st.session_state:
    st.session_state.master_db = pd.DataFrame(columns=["Timestamp", "Item", "Category", "Price", "Size"])


def run_smart_ocr(image_path):
    api_key = os.environ.get("GEMINI_API_KEY")
    if not api_key:
        st.error("GEMINI_API_KEY not found. Put it in your .env file.")
        return None

    genai.configure(api_key=api_key)
    model = genai.GenerativeModel('gemini-2.5-flash-lite')

    try:
        img = PIL.Image.open(image_path)
        prompt = """Analyze this 7-Eleven receipt. Return a JSON LIST of objects with keys
                  "Timestamp", "Item", "Category", "Price", "Size".
                  Format Timestamp as YYYY-MM-DD HH:MM.
                  If there is no date, use '2026-01-03 12:00'."""
        response = model.generate_content([prompt, img])
        clean_json = response.text.replace("```json", "").replace("```", "").strip()
        df = pd.DataFrame(json.loads(clean_json))
        if "Timestamp" not in df.columns:
            df["Timestamp"] = datetime.now().strftime("%Y-%m-%d %H:%M")
        df["Timestamp"] = pd.to_datetime(df["Timestamp"], errors="coerce")
        return df
    except Exception as e:
        st.error(f"Parsing Error: {e}")
        return None


st.title("Time-Period Expense Tracker")
uploaded_file = st.file_uploader("Upload Receipt", type=["jpg", "png"])

if uploaded_file:
    col1, col2 = st.columns([1, 1])
    with col1:
        st.image(uploaded_file, use_container_width=True)
    with col2:
        if st.button("Analyze Receipt"):
            with open("temp.jpg", "wb") as f:
                f.write(uploaded_file.getbuffer())
            st.session_state.current_scan = run_smart_ocr("temp.jpg")

        if st.session_state.get("current_scan") is not None:
            edited = st.data_editor(st.session_state.current_scan, key="ocr_editor")
            if st.button("Save to History"):
                st.session_state.master_db = pd.concat([st.session_state.master_db, edited]).drop_duplicates()
                del st.session_state.current_scan
                st.rerun()

if not st.session_state.master_db.empty:
    st.subheader("Spending Over Time")
    data = st.session_state.master_db.copy()
    data["Date"] = data["Timestamp"].dt.date
    st.line_chart(data.groupby("Date")["Price"].sum())
