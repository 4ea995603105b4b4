from germansentiment import SentimentModel

model = SentimentModel()
