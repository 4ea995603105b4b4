"""
Yield Prediction Model

This module will handle crop yield predictions using:
- Historical yield data
- Weather patterns
- Soil conditions
- Market trends
"""