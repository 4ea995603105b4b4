import pandas as pd

df = pd.read_csv("Training Dataset.csv")
df.fillna("Unknown", inplace=True)

# One doc-style text per row
documents = []
for _, row in df.iterrows():
    doc = f"Applicant: {row['Gender']}, {row['Married']}, {row['Education']}, {row['Self_Employed']}.\n"
    doc += f"Income: {row['ApplicantIncome']}, Loan Amount: {row['LoanAmount']}, Term: {row['Loan_Amount_Term']}.\n"
    doc += f"Credit History: {row['Credit_History']}, Status: {row['Loan_Status']}"
    documents.append(doc)
