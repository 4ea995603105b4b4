"""
Chronos-T5 One-Shot Prediction for Crypto Data
Loads all CSV files from data/raw/ and generates predictions for Close and daily_returns
Creates visualization plots for each file
"""

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from pathlib import Path
from datetime import datetime
import warnings
warnings.filterwarnings('ignore')

try:
    from chronos import BaseChronosPipeline
    CHRONOS_AVAILABLE = True
    print("Chronos library imported successfully")
except ImportError as e:
    print(f"Warning: chronos-forecasting not installed: {e}")
    print("Install with: pip install chronos-forecasting")
    CHRONOS_AVAILABLE = False
except Exception as e:
    print(f"Error importing chronos: {e}")
    CHRONOS_AVAILABLE = False


def load_data_file(file_path: Path) -> pd.DataFrame:
    """Load a single CSV file and prepare it."""
    df = pd.read_csv(file_path)
    
    # Ensure date column exists
    date_cols = ['date', 'Date', 'DATE', 'timestamp', 'Timestamp']
    date_col = None
    for col in date_cols:
        if col in df.columns:
            date_col = col
            break
    
    if date_col:
        df['date'] = pd.to_datetime(df[date_col])
        df = df.sort_values('date')
    
    return df


def prepare_timeseries_data(df: pd.DataFrame, target_col: str, item_id: str = "series_1"):
    """Prepare data in chronos format."""
    # Create a clean dataframe with required columns
    ts_df = pd.DataFrame({
        'item_id': item_id,
        'timestamp': df['date'] if 'date' in df.columns else range(len(df)),
        'target': df[target_col]
    })
    
    # Remove any NaN values
    ts_df = ts_df.dropna()
    
    return ts_df


def predict_with_chronos(context_df: pd.DataFrame, prediction_length: int = 30, pipeline=None):
    """Generate predictions using Chronos-T5."""
    if not CHRONOS_AVAILABLE:
        print("    Chronos not available, using simple forecast")
        return create_simple_forecast(context_df, prediction_length)
    
    try:
        # Use provided pipeline or create new one
        if pipeline is None:
            print("    Loading Chronos-T5 pipeline (this may take a while)...")
            pipeline = BaseChronosPipeline.from_pretrained(
                "amazon/chronos-t5-large",
                device_map="cuda"
            )
            print("    Pipeline loaded successfully")
        
        # Generate predictions
        pred_df = pipeline.predict_df(
            context_df,
            prediction_length=prediction_length,
            quantile_levels=[0.1, 0.5, 0.9],
            id_column="item_id",
            timestamp_column="timestamp",
            target="target"
        )
        
        return pred_df, pipeline
    
    except Exception as e:
        print(f"    Chronos prediction failed: {e}")
        print(f"    Using simple forecast instead")
        return create_simple_forecast(context_df, prediction_length), pipeline
