"""
Children's Story Generator AI
Generates child-safe, imaginative stories for ages 7-10 based on user input.
Uses OpenRouter API with affordable LLM models.
"""

import requests
import sys
import os

def select_model():
    """Let user select which LLM model to use."""
    print("\n" + "="*60)
    print("CHILDRENS STORY GENERATOR")
    print("="*60)
    print("\n🤖 Select your AI model:\n")
    print("1. Grok (X's AI - fast, creative)")
    print("2. DeepSeek (Chinese model - very cheap)")
    print("3. Mistral 7B (Default - balanced)")
    print("4. GPT-4O Mini (OpenAI - best quality)")
    print("5. Code Fast/Qwen (Ultra-fast, budget)")
    
    model_choice = input("\nChoose 1-5 (default: 3)\n> ").strip() or "3"
    
    models = {
        "1": ("xai/grok-2", "Grok"),
        "2": ("deepseek/deepseek-chat", "DeepSeek"),
        "3": ("mistralai/mistral-7b-instruct", "Mistral 7B"),
        "4": ("openai/gpt-4o-mini", "GPT-4O Mini"),
        "5": ("qwen/qwen-2-7b-instruct", "Qwen Code Fast")
    }
    
    return models.get(model_choice, models["3"])

def get_user_input():
    """Collect story parameters from the user."""
    print("\nWelcome! Let us create a magical story for children ages 7-10.\n")
    
    story_idea = input("What is your story idea or theme? (e.g., A brave penguin, Magic in the forest)\n> ").strip()
    if not story_idea:
        story_idea = "A friendly animal adventure"
    
    print("\nHow long should the story be?")
    print("1. Short (300-400 words)")
    print("2. Medium (500-700 words)")
    print("3. Long (800-1000+ words)")
    length_choice = input("Choose 1, 2, or 3 (default: 2)\n> ").strip() or "2"
    
    length_map = {
        "1": "short (300-400 words)",
        "2": "medium (500-700 words)",
        "3": "long (800-1000+ words)"
    }
    story_length = length_map.get(length_choice, "medium (500-700 words)")
    
    print("\nWhat genre would you prefer?")
    print("1. Fantasy")
    print("2. Adventure")
    print("3. Bedtime/Cozy")
    print("4. Educational")
    print("5. Mystery")
    genre_choice = input("Choose 1-5 (default: 1)\n> ").strip() or "1"
    
    genre_map = {
        "1": "fantasy",
        "2": "adventure",
        "3": "bedtime/cozy",
        "4": "educational",
        "5": "mystery"
    }
    genre = genre_map.get(genre_choice, "fantasy")
    
    print("\nWhat's an important lesson for the story?")
    print("1. Kindness")
    print("2. Honesty")
    print("3. Teamwork")
    print("4. Courage")
    print("5. Friendship")
    print("6. Creativity")
    moral_choice = input("Choose 1-6 (default: 1)\n> ").strip() or "1"
    
    moral_map = {
        "1": "kindness",
        "2": "honesty",
        "3": "teamwork",
        "4": "courage",
        "5": "friendship",
        "6": "creativity"
    }
    moral = moral_map.get(moral_choice, "kindness")
    
    num_characters = input("\nHow many main characters? (default: 3)\n> ").strip() or "3"
    
    return {
        "story_idea": story_idea,
        "length": story_length,
        "genre": genre,
        "moral": moral,
        "num_characters": num_characters
    }
