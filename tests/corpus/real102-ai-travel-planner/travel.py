import os
import gradio as gr
import requests
from typing import TypedDict, Annotated, List, Dict
from datetime import datetime
from langgraph.graph import StateGraph, END
from langchain_core.messages import HumanMessage, AIMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_groq import ChatGroq
from dotenv import load_dotenv

load_dotenv()

# === Enhanced State Definition ===
class EnhancedPlannerState(TypedDict):
    messages: Annotated[List[HumanMessage | AIMessage], "Conversation history"]
    city: str
    interests: List[str]
    duration: int
    budget: str
    group_size: int
    accommodation_type: str
    transport_mode: str
    dietary_restrictions: List[str]
    accessibility_needs: List[str]
    travel_dates: str
    itinerary: str
    weather_info: str
    local_events: List[str]
    estimated_costs: Dict[str, float]

# === Initialize LLM ===
llm = ChatGroq(
    temperature=0,
    model_name="llama3-70b-8192",
    api_key=os.environ.get("GROQ_API_KEY")
)

# === Prompts ===
itinerary_prompt = ChatPromptTemplate.from_messages([
    ("system", """You are an expert travel assistant. Create a comprehensive {duration}-day itinerary for {city} 
    based on the following details:
    - Interests: {interests}
    - Budget: {budget}
    - Group size: {group_size}
    - Accommodation: {accommodation_type}
    - Transportation: {transport_mode}
    - Dietary restrictions: {dietary_restrictions}
    - Accessibility needs: {accessibility_needs}
    - Weather info: {weather_info}
    - Local events: {local_events}
    
    Provide a detailed day-by-day itinerary with specific times, locations, estimated costs, and practical tips.
    Include backup indoor activities if weather is unfavorable."""),
    ("human", "Create a comprehensive travel itinerary."),
])

budget_prompt = ChatPromptTemplate.from_messages([
    ("system", """Calculate estimated costs for a {duration}-day trip to {city} for {group_size} people with {budget} budget.
    Break down costs into: accommodation, food, activities, transportation, and miscellaneous.
    Provide realistic estimates in USD."""),
    ("human", "Calculate travel costs."),
])

# === APIs ===
class WeatherAPI:
    def get_forecast(self, city: str, dates: str = None) -> str:
        try:
            api_key = os.getenv("OPENWEATHER_API_KEY")
            url = f"http://api.openweathermap.org/data/2.5/weather?q={city}&appid={api_key}&units=metric"
            response = requests.get(url)
            data = response.json()
            weather_desc = data['weather'][0]['description'].capitalize()
            temp_min = data['main']['temp_min']
            temp_max = data['main']['temp_max']
            return f"Weather in {city}: {weather_desc}, {temp_min}–{temp_max}°C. Pack accordingly."
        except Exception as e:
            return f"Weather information unavailable. Error: {str(e)}"

class EventsAPI:
    def get_events(self, city: str, dates: str = None) -> List[str]:
        try:
            api_key = os.getenv("TICKETMASTER_API_KEY")
            url = f"https://app.ticketmaster.com/discovery/v2/events.json?apikey={api_key}&city={city}&size=5"
            response = requests.get(url)
            data = response.json()
            events = []
            if "_embedded" in data and "events" in data["_embedded"]:
                for event in data["_embedded"]["events"]:
                    name = event.get("name", "Unnamed Event")
                    venue = event["_embedded"]["venues"][0]["name"]
                    events.append(f"{name} at {venue}")
            return events or ["No major events found."]
        except Exception as e:
            return [f"Error fetching events: {str(e)}"]

class APIManager:
    def __init__(self):
        self.weather_api = WeatherAPI()
        self.events_api = EventsAPI()
    def fetch_all_data(self, city: str, dates: str = None):
        return {
            "weather": self.weather_api.get_forecast(city, dates),
            "events": self.events_api.get_events(city, dates)
        }

api_manager = APIManager()

# === Node Functions ===
def collect_basic_info(state: EnhancedPlannerState) -> EnhancedPlannerState:
    return state

def fetch_weather_data(state: EnhancedPlannerState) -> EnhancedPlannerState:
    weather_info = api_manager.weather_api.get_forecast(state['city'], state.get('travel_dates'))
    return {**state, "weather_info": weather_info}

def fetch_local_events(state: EnhancedPlannerState) -> EnhancedPlannerState:
    events = api_manager.events_api.get_events(state['city'], state.get('travel_dates'))
    return {**state, "local_events": events}
