"""
News Sentiment Analysis App using LangGraph
A Streamlit app that retrieves news and analyzes sentiment with local AI models
"""

import operator
from datetime import datetime, timedelta
from typing import Annotated, Sequence, TypedDict

import pandas as pd
import streamlit as st
from langchain_core.messages import BaseMessage, HumanMessage
from langgraph.graph import END, StateGraph
from transformers import pipeline

st.set_page_config(page_title="News Sentiment Analyzer", page_icon="📰", layout="wide")


class AgentState(TypedDict):
    topic: str
    location: str
    time_interval: int
    news_articles: list
    sentiment_results: list
    messages: Annotated[Sequence[BaseMessage], operator.add]


def fetch_news_free(topic: str, location: str, days_back: int) -> list:
    """Mock articles for the demo; swap in NewsAPI or NewsData.io in production."""
    return [
        {'title': f'{topic.title()} Innovation Breakthrough in {location}',
         'description': f'New developments in {topic} are changing {location}.',
         'pubDate': (datetime.now() - timedelta(days=d)).isoformat(),
         'source_id': 'tech-news'}
        for d in range(1, min(days_back, 5) + 1)
    ]


@st.cache_resource
def load_sentiment_model():
    """Load sentiment analysis model (cached)"""
    return pipeline(
        "sentiment-analysis",
        model="distilbert-base-uncased-finetuned-sst-2-english",
        device=-1
    )


def analyze_sentiment(text: str, analyzer) -> dict:
    try:
        result = analyzer(text[:512])[0]
        return {'score': result['score'],
                'sentiment': 'positive' if result['label'] == 'POSITIVE' else 'negative'}
    except Exception:
        return {'score': 0.5, 'sentiment': 'neutral'}


def retrieve_news_node(state: AgentState) -> AgentState:
    state['news_articles'] = fetch_news_free(state['topic'], state['location'], state['time_interval'])
    state['messages'].append(HumanMessage(content=f"Retrieved {len(state['news_articles'])} articles"))
    return state


def analyze_sentiment_node(state: AgentState) -> AgentState:
    analyzer = load_sentiment_model()
    state['sentiment_results'] = [
        {'article': a['title'], **analyze_sentiment(f"{a['title']} {a['description']}", analyzer)}
        for a in state['news_articles']
    ]
    return state


@st.cache_resource
def build_workflow():
    workflow = StateGraph(AgentState)
    workflow.add_node("retrieve_news", retrieve_news_node)
    workflow.add_node("analyze_sentiment", analyze_sentiment_node)
    workflow.set_entry_point("retrieve_news")
    workflow.add_edge("retrieve_news", "analyze_sentiment")
    workflow.add_edge("analyze_sentiment", END)
    return workflow.compile()


def main():
    st.markdown("### Powered by LangGraph & Local AI Models")
    topic = st.sidebar.text_input("News Topic", value="artificial intelligence")
    location = st.sidebar.text_input("Location", value="California")
    days = st.sidebar.slider("Time Range (days)", 1, 30, 7)
    if st.sidebar.button("🚀 Analyze News", type="primary"):
        final = build_workflow().invoke({'topic': topic, 'location': location, 'time_interval': days,
                                         'news_articles': [], 'sentiment_results': [], 'messages': []})
        st.dataframe(pd.DataFrame(final['sentiment_results']))
    else:
        st.image("https://python.langchain.com/v0.1/assets/images/langgraph-8e6d4e6be29899e8d1a0cd6c2ce57066.png",
                 caption="LangGraph enables building stateful, multi-step AI workflows")


if __name__ == "__main__":
    main()
