from openai import OpenAI

# возможно все лучше переделать и просто использовать deepseek
def retelling(text):
    client = OpenAI(
        base_url="https://openrouter.ai/api/v1",
        api_key="YOUR_KEY",
    )

    completion = client.chat.completions.create(
        extra_headers={},
        extra_body={},
        model="deepseek/deepseek-chat-v3-0324:free",
        messages=[
            {
                "role": "user",
                "content": """
                Пожалуйста, перескажи приведённый текст, сохрани его основные идеи и ключевые факты. Сократи результат до ровно 100 слов.
                вот текст:
        """ + text
            }
        ]
    )
    return completion.choices[0].message.content

def short_retelling(text):
    client = OpenAI(
        base_url="https://openrouter.ai/api/v1",
        api_key="YOUR_KEY",
    )

    completion = client.chat.completions.create(
        extra_headers={},
        extra_body={},
        model="deepseek/deepseek-chat-v3-0324:free",
        messages=[
            {
                "role": "user",
                "content": """
                Пожалуйста, напиши название приведённого текста. Сократи результат меньше чем до 10 слов.
                вот текст:
        """ + text
            }
        ]
    )
    return completion.choices[0].message.content


# {
#   "article": "Предыстория\nВ прошлом году я начал разрабатывать симулятор электрика на острове...",
#   "categories": [
#     "Business",
#     "Sports",
#     "Java"
#   ]
# }
