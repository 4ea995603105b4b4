import requests
import streamlit as st

SUPPORTED_MODELS = ['tarekziade/deit-tiny-distilgpt2', 'Salesforce/blip-image-captioning-base']


def change_model():
    requests.post('http://model_api:5000/change_model/', params={'name': st.session_state["selected-model"]})


def app():
    st.selectbox('Choose model', options=SUPPORTED_MODELS, key='selected-model', on_change=change_model)
    current = requests.get('http://model_api:5000/model_name/').json()['model_name']
    st.markdown(f'Currently used model: ***{current}***')
