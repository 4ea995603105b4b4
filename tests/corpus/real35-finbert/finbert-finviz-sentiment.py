import requests
from bs4 import BeautifulSoup
import pandas as pd
from datetime import datetime
from typing import List, Dict
from transformers import pipeline

# Configure finviz market news url and html class references
finviz_news_url = "https://finviz.com/news.ashx"
stock_news_table_class = 'styled-table-new'
news_link_column_class = 'news_link-cell'
news_date_cell_class = 'news_date-cell'


def download_finviz_market_news(max_headlines: int = 0, include_metadata: bool = True) -> List[Dict]:
    """Download market news headlines from Finviz."""
    headers = {
        'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36',
        'Accept': 'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8',
        'Accept-Language': 'en-US,en;q=0.5',
    }
    try:
        response = requests.get(finviz_news_url, headers=headers, timeout=10)
        response.raise_for_status()
        soup = BeautifulSoup(response.content, 'html.parser')
        headlines = []
        news_table = soup.find('table', {'class': stock_news_table_class})
        if news_table:
            for row in news_table.find_all('tr'):
                if max_headlines > 0 and len(headlines) >= max_headlines:
                    break
                link_cell = row.find('td', {'class': news_link_column_class})
                if not link_cell or not link_cell.find('a'):
                    continue
                link_tag = link_cell.find('a')
                time_cell = row.find('td', {'class': news_date_cell_class})
                headline_data = {
                    'headline': link_tag.get_text(strip=True),
                    'fetched_at': datetime.now().isoformat(),
                }
                if include_metadata:
                    headline_data.update({
                        'url': link_tag.get('href', ''),
                        'timestamp': time_cell.get_text(strip=True) if time_cell else '',
                    })
                headlines.append(headline_data)
        return headlines
    except requests.exceptions.RequestException as e:
        print(f"Error fetching data: {e}")
        return []


def get_headlines_as_text_list(headlines: List[Dict], max_headlines: int = 100) -> List[str]:
    return [item['headline'] for item in headlines if item['headline']]


def save_headlines_to_csv(headlines: List[Dict], filename: str = 'finviz_headlines.csv') -> None:
    if headlines:
        pd.DataFrame(headlines).to_csv(filename, index=False)
        print(f"Saved {len(headlines)} headlines to {filename}")


if __name__ == "__main__":
    print("Fetching news headlines with metadata...")
    headlines = download_finviz_market_news(0, True)
    print(f"\nTotal headlines: {len(headlines)}")
    save_headlines_to_csv(headlines, 'finviz_financial_news.csv')

    print("Running FinBERT sentiment analysis on headlines...")
    try:
        # Initialize FinBERT
        classifier = pipeline("sentiment-analysis",
                              model="ProsusAI/finbert",
                              tokenizer="ProsusAI/finbert")

        for headline in get_headlines_as_text_list(headlines, max_headlines=20):
            sentiment = classifier(headline)[0]
            print(f"Headline: {headline[:60]}...")
            print(f"Sentiment: {sentiment['label']} ({sentiment['score']:.3f})")
    except Exception as e:
        print(f"Error in sentiment analysis: {e}")
