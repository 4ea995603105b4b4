import os


def generate_texts(language_of_work, subtopics, client, context, page_count):
    """
    Генерация текста работы через API OpenAI.

    - language_of_work (str): язык работы ("1" кыргызский, "2" русский, "3" английский)
    - subtopics (list): список подтем
    - client (object): клиент ChatGPT
    - context (list): контекст чата
    - page_count (str): количество страниц
    """
    client.api_key = os.getenv('OPENAI_API_KEY')
    subtopic_texts = []
    if language_of_work == "1":
        subtopic_texts = generate_texts_lang(subtopics, client, context, page_count, "kg")
    elif language_of_work == "2":
        subtopic_texts = generate_texts_lang(subtopics, client, context, page_count, "ru")
    elif language_of_work == "3":
        subtopic_texts = generate_texts_lang(subtopics, client, context, page_count, "en")
    return subtopic_texts, context


def generate_texts_lang(subtopics, client, context, page_count, lang):
    texts = []
    generate_introduction(subtopics[0], client, context, texts, page_count, lang)
    for index in (2, 3, 4, 6, 7, 8, 9):
        generate_one_page(subtopics[index], client, context, texts, lang)
    generate_bibliography(client, context, texts, lang)
    return texts


def _trim(text):
    text = '\n'.join(text.split('\n\n'))
    sentences = text.split('.')
    return '.'.join(sentences[:-1]) + '.' if len(sentences) > 1 else ''


# Генерация введения
def generate_introduction(one_subtopic, client, context, subtopic_texts, page_count, lang):
    prompt = f"[{lang}] Напишите информативное введение по подтеме '{one_subtopic}': актуальность, цели и задачи."
    max_tokens_dict = {"1": 450, "2": 850, "3": 850, "4": 850}
    context.append({"role": "user", "content": prompt})
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=context,
        temperature=0.7,
        max_tokens=max_tokens_dict[page_count]
    )
    text = _trim(completion.choices[0].message.content)
    if page_count == "4":
        last_paragraph = text.strip().split('\n')[-1]
        context.append({"role": "user", "content": f"Продолжите текст без повторов: \"{last_paragraph}\""})
        completion = client.chat.completions.create(
            model="gpt-4o",
            messages=context,
            temperature=0.8,
            max_tokens=450
        )
        text = text + "\n" + _trim(completion.choices[0].message.content)
        context.pop()
    subtopic_texts.append(text)
    context.pop()
    return subtopic_texts


# Генерация одной страницы
def generate_one_page(one_subtopic, client, context, subtopic_texts, lang):
    prompt = f"[{lang}] Напишите длинный информативный текст по теме '{one_subtopic}' без заголовков подглав."
    context.append({"role": "user", "content": prompt})
    # запрос к модели GPT-4o
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=context,
        temperature=0.7,  # креативность ответов
        max_tokens=450
    )
    subtopic_texts.append(_trim(completion.choices[0].message.content))
    context.pop()
    return subtopic_texts


# Список литературы
def generate_bibliography(client, context, subtopic_texts, lang):
    context.append({"role": "user", "content": f"[{lang}] Составьте список литературы из 10 источников."})
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=context,
        temperature=0.5,
        max_tokens=600
    )
    subtopic_texts.append(completion.choices[0].message.content)
    context.pop()
    return subtopic_texts
