import streamlit as st
from datasets import load_dataset
from visualizer import TextVisualizer, ImageVisualizer, VideoVisualizer
import traceback
from PIL import Image
import io
import numpy as np
import pandas as pd
import random
import json

def is_valid_dataset(dataset_name):
    """Check if dataset exists in Hugging Face hub"""
    try:
        # Try loading just the dataset info first
        dataset_info = load_dataset(dataset_name, download_mode='force_redownload')
        return True
    except Exception as e:
        st.error(f"Error loading dataset '{dataset_name}': {str(e)}")
        return False

def format_conversation(conversations):
    """Format conversation data for display"""
    try:
        if isinstance(conversations, str):
            conversations = json.loads(conversations)
        
        if isinstance(conversations, list):
            for conv in conversations:
                if isinstance(conv, dict) and 'from' in conv and 'value' in conv:
                    st.markdown(f"**{conv['from']}**: {conv['value']}")
                else:
                    st.write(conv)
        else:
            st.write(conversations)
    except Exception as e:
        st.error(f"Error formatting conversation: {str(e)}")
        st.write(conversations)

def format_llava_sample(sample):
    """Special handling for LLaVA dataset format"""
    try:
        # Handle conversations
        if 'conversations' in sample:
            st.markdown("**Conversation:**")
            for conv in sample['conversations']:
                role = conv.get('from', 'unknown')
                content = conv.get('value', '')
                st.markdown(f"**{role}**: {content}")
        
        # Handle image
        if 'image' in sample:
            st.markdown("**Image URL:**")
            st.write(sample['image'])
            try:
                # You might need to add image loading from URL here
                st.image(sample['image'], width=400)
            except:
                st.write("Could not load image directly. URL provided above.")
        
        # Handle other fields
        for key, value in sample.items():
            if key not in ['conversations', 'image']:
                st.markdown(f"**{key}**: {value}")
    
    except Exception as e:
        st.error(f"Error formatting LLaVA sample: {str(e)}")
        st.write(sample)

def main():
    st.title("Hugging Face Dataset Visualizer")

    # Dataset input with examples
    st.markdown("""
    Try these example datasets:
    - `mnist`: Handwritten digits
    - `fashion_mnist`: Fashion items
    - `cifar10`: Natural images
    - `beans`: Plant disease images
    """)

    dataset_name = st.text_input("Enter Hugging Face dataset name")

    if dataset_name:
        try:
            # Special handling for LLaVA dataset
            if 'llava' in dataset_name.lower():
                with st.spinner(f"Loading LLaVA dataset '{dataset_name}'..."):
                    try:
                        dataset = load_dataset(dataset_name, trust_remote_code=True)
                    except Exception as e:
                        st.error(f"Failed to load LLaVA dataset: {str(e)}")
                        return
            else:
                # Regular dataset loading
                if not is_valid_dataset(dataset_name):
                    return
                dataset = load_dataset(dataset_name)
