from dotenv import load_dotenv
load_dotenv()
import os
import sqlite3
import google.generativeai as genai
import re

generation_config = {
  "temperature": 0.4,
  "top_p": 1,
  "top_k": 32,
  "max_output_tokens": 4096,
}

safety_settings = [
  {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_MEDIUM_AND_ABOVE"},
  {"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_MEDIUM_AND_ABOVE"},
  {"category": "HARM_CATEGORY_SEXUALLY_EXPLICIT", "threshold": "BLOCK_MEDIUM_AND_ABOVE"},
  {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "threshold": "BLOCK_MEDIUM_AND_ABOVE"},
]

model = genai.GenerativeModel(model_name = "gemini-pro",generation_config = generation_config,
                              safety_settings = safety_settings)


prompt_parts_config = [
  """You are an expert in converting English questions to SQL code that returns a single numeric value.

There are three tables:
Table: Company (purchase_date TEXT, company TEXT, prefix TEXT, bond_id INTEGER, bond_amount INTEGER, status TEXT)
Table: Political_Party (cashout_date TEXT, political_party TEXT, prefix TEXT, bond_id INTEGER, bond_amount INTEGER)
Table: Joined_Table (all columns of both, joined on bond_id)

Example values:
12/Apr/2019,A B C INDIA LIMITED,TL,11448,1000000,Paid

-- Q1: What is the total bond amount encashed by TELUGU DESAM PARTY on 12th April 2019?
OUTPUT: SELECT SUM(bond_amount) FROM Political_Party WHERE political_party = 'TELUGU DESAM PARTY' AND cashout_date = '12/Apr/2019';

NOTE: Output a valid SQL query in a single line.
"""
]


def validate_sql_query(query):
    try:
        connection = sqlite3.connect('./working/working.db')
        cursor = connection.cursor()
        cursor.execute(f"EXPLAIN QUERY PLAN {query}")
        connection.close()
        return True
    except sqlite3.Error:
        return False


def clean_query(query):
    query = query.strip("```")
    query = re.sub(r'\bSQL\b', '', query, flags=re.IGNORECASE)
    return ' '.join(query.split())


def handle_query(query):
    results = []
    genai.configure(api_key = os.getenv("GOOGLE_API_KEY"))
    prompt_parts = [prompt_parts_config[0], query]
    for _ in range(7):
        response = model.generate_content(prompt_parts)
        if validate_sql_query(clean_query(response.text)):
            results.append(clean_query(response.text))
            break
    else:
        return ["No Answer", "Answer Not Present"]

    try:
        connection = sqlite3.connect("./working/working.db")
        cursor = connection.cursor()
        cursor.execute(results[0])
        results.append(str(cursor.fetchone()[0]))
        connection.close()
    except sqlite3.Error as e:
        print(e)
        results.append("Answer Not Present")
    return results
