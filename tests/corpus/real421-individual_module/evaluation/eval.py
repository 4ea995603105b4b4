# Use this file to evaluate the model responses generated from runs.py, by using metrics.py
# Generate results.csv and html for all model variants
