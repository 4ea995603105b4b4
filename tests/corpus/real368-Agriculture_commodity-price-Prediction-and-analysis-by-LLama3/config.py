
# Groq API configuration
GROQ_API_KEY = "YOUR_GROQ_API_KEY"
MODEL_NAME = "llama3-70b-8192"  

DEFAULT_CROPS = ["wheat", "corn", "soybeans", "rice", "cotton"]
PREDICTION_TIMEFRAMES = ["1 week", "1 month", "3 months"]

HISTORICAL_PRICE_DATA_PATH = "data/historical_prices.csv"
MARKET_NEWS_DATA_PATH = "data/market_news.csv"
WEATHER_DATA_PATH = "data/weather_forecast.csv"