import requests
from dotenv import load_dotenv
from langchain_openai import ChatOpenAI
from firecrawl import FirecrawlApp
import os
load_dotenv()

def llm():
    # 初始化 LLM，base_url 指向兼容模式入口
    chat = ChatOpenAI(
        api_key   = os.getenv("DASHSCOPE_API_KEY"),
        base_url  = "https://dashscope.aliyuncs.com/compatible-mode/v1",
        model     = "qwen-plus",           # 可替换为 qwen-max 等
        temperature = 0.7,
        verbose=True
    )

    messages = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user",   "content": "介绍一下阿里云百炼。"}
    ]
    resp = chat.invoke(messages)
    print(resp.model_dump_json())

def firecrawl():
    # Initialize the FirecrawlApp with your API key
    app = FirecrawlApp(api_key=os.getenv("FIRECRAWL_API_KEY"))

    # Scrape a single URL
    url = 'https://www.zhihu.com/search?type=content&q=python%E6%95%99%E5%AD%A6'
    scraped_data = app.scrape_url(url,
                                  formats=['markdown'],
                                  headers={
                                      'user-agent':'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36',
                                      'Cookie':'YOUR_ZHIHU_COOKIE'
                                  },
                                  includeTags=[], excludeTags=[])
    print(scraped_data)

def request():
    requests.post("")

if __name__ == '__main__':
    firecrawl()