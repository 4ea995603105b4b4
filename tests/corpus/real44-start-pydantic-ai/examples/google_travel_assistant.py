from datetime import datetime
from typing import Optional
import os

import logfire
from dotenv import load_dotenv
from pydantic import BaseModel, Field
from pydantic_ai import Agent
from pydantic_ai.common_tools.duckduckgo import duckduckgo_search_tool
from pydantic_ai.models.gemini import GeminiModel
from pydantic_ai.providers.google_gla import GoogleGLAProvider

load_dotenv()

flight_prompt = """
Ты агент по поиску рейсов. Находи ТОЧНЫЕ данные о рейсах.

### Правила:
1. Используй ТОЛЬКО эти сайты: yandextravel.ru, aviasales.ru, ozontravel.ru, tutu.ru
2. Если не находишь рейс - скажи об этом честно
3. Время указывай в формате: YYYY-MM-DD HH:MM
4. Ссылка должна вести НАПРЯМУЮ на конкретный рейс
"""


class FlightModel(BaseModel):
    flight_company: str = Field(description="Компания, которая организует перелет")
    flight_number: str = Field(description="Номер рейса")
    departure_time: datetime = Field(description="Дата и время вылета")
    arrival_time: datetime = Field(description="Дата и время прилёта")
    price: float = Field(description="Цена за одного человека")
    persons: int = Field(description="Количество человек")
    plane: Optional[str] = Field(description="Название самолета")
    link: str = Field(description="Ссылка на конкретный рейс")


logfire.configure(send_to_logfire=os.getenv("LOGFIRE_TOKEN"))
model = GeminiModel(
    "gemini-2.0-flash", provider=GoogleGLAProvider(api_key=os.getenv("GEMINI_API_KEY"))
)
agent = Agent(
    model=model,
    tools=[duckduckgo_search_tool()],
    retries=5,
    instrument=True,
    result_type=FlightModel,
    system_prompt=flight_prompt,
)

result_sync = agent.run_sync(
    "Найди прямой рейс из Москвы в Тюмень компании Utair на 24 апреля на двоих после 19:00 по МСК"
)
print(result_sync.data)
