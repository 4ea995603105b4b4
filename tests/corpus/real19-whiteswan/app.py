import re

import docx2txt
import pdfplumber
import streamlit as st
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics.pairwise import cosine_similarity

st.set_page_config(page_title="WhiteSwan Resume Screener", layout="centered")
st.title("WhiteSwan Resume Matcher")
st.write("Upload a resume and paste a job description to see how well they match.")

uploaded = st.file_uploader("Resume (PDF or DOCX)", type=["pdf", "docx"])
job_text = st.text_area("Job description")


def pdf_text(f):
    with pdfplumber.open(f) as doc:
        return " ".join(p.extract_text() or "" for p in doc.pages)


def normalise(t):
    return re.sub(r"[^a-zA-Z0-9 ]", " ", t).lower()


def match_score(a, b):
    counts = CountVectorizer().fit_transform([a, b])
    return round(cosine_similarity(counts[0:1], counts[1:2])[0][0] * 100, 2)


if uploaded and job_text:
    raw = pdf_text(uploaded) if uploaded.type == "application/pdf" else docx2txt.process(uploaded)
    score = match_score(normalise(raw), normalise(job_text))
    st.subheader("Match score")
    st.write(f"The resume matches the job description by **{score}%**")
    if score > 70:
        st.success("Strong match.")
    elif score > 40:
        st.warning("Partial match, review by hand.")
    else:
        st.error("Weak match.")
