import http.client
import json
import os

import boto3
from telebot import TeleBot, types

dynamodb = boto3.resource('dynamodb')
users = dynamodb.Table('TelegramBotUsers')

TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
GROQ_API_KEY = os.getenv("GROQ_API_KEY")
GROQ_HOST = 'api.groq.com'
GROQ_PATH = '/openai/v1/chat/completions'

bot = TeleBot(TELEGRAM_BOT_TOKEN)

# models offered in the /conf keyboard
models = ['mixtral-8x7b-32768', 'llama2-70b-4096']
default_model = models[0]


def load_user(user_id):
    try:
        return users.get_item(Key={'UserId': user_id})['Item']
    except Exception as e:
        print(str(e))
        return None


def save_user(user_id, data):
    users.put_item(Item={'UserId': user_id, **data})


def chat_completion(messages, model):
    conn = http.client.HTTPSConnection(GROQ_HOST)
    body = json.dumps({"messages": messages, "model": model})
    headers = {'Authorization': f'Bearer {GROQ_API_KEY}', 'Content-Type': 'application/json'}
    conn.request("POST", GROQ_PATH, body, headers)
    data = conn.getresponse().read().decode("utf-8")
    return json.loads(data)['choices'][0]['message']['content']


def lambda_handler(event, context):
    update = json.loads(event['body'])
    if 'callback_query' in update:
        on_callback(update['callback_query'])
        return {'statusCode': 200, 'body': json.dumps('ok')}
    message = update.get('message', {})
    chat_id = message.get('chat', {}).get('id')
    text = message.get('text', '')
    if text == '/start':
        bot.send_message(chat_id, f"Welcome! Current model: {default_model}. Use /conf to change it.")
    elif text == '/conf':
        bot.send_message(chat_id, "Choose the model:", reply_markup=model_keyboard())
    elif text:
        on_text(chat_id, text, str(chat_id))
    return {'statusCode': 200, 'body': json.dumps('Message processed')}


def on_callback(call):
    chat_id = call['message']['chat']['id']
    user_id = str(call['from']['id'])
    new_model = call['data'].split('model_')[1]
    data = load_user(user_id) or {}
    data['model'] = new_model
    save_user(user_id, data)
    bot.answer_callback_query(call['id'], "Model changed to " + new_model)


def on_text(chat_id, text, user_id):
    data = load_user(user_id) or {}
    model = data.get('model', default_model)
    history = data.get('chat_history', [])
    messages = [{"role": "system", "content": "you are a helpful assistant."}]
    messages += [m for m in history if m['role'] == 'user'][-100:]
    messages.append({"role": "user", "content": text})
    answer = chat_completion(messages, model)
    bot.send_message(chat_id, answer)
    history = (history + [messages[-1], {"role": "AI", "content": answer}])[-200:]
    save_user(user_id, {'chat_history': history, 'model': model})


def model_keyboard():
    kb = types.InlineKeyboardMarkup(row_width=2)
    kb.add(*[types.InlineKeyboardButton(text=m, callback_data='model_' + m) for m in models])
    return kb
