import json
import os

import openai
import shortuuid
import tqdm


def answer(question_id: int, question: str):
    record = {'answer_id': shortuuid.uuid(), 'model_id': 'gpt-3.5-turbo', 'question_id': question_id}
    reply = openai.ChatCompletion.create(
        model='gpt-3.5-turbo',
        messages=[
            {'role': 'system', 'content': 'You are a helpful assistant.'},
            {'role': 'user', 'content': question},
        ],
        max_tokens=1024,
    )
    record['text'] = reply['choices'][0]['message']['content']
    return record


def main():
    questions = {}
    with open('table/question.jsonl') as fh:
        for line in fh:
            if line.strip():
                q = json.loads(line)
                questions[q['question_id']] = q['text']

    answers = sorted((answer(qid, text) for qid, text in tqdm.tqdm(questions.items())),
                     key=lambda a: a['question_id'])
    with open(os.path.expanduser('table/answer/answer_gpt35.jsonl'), 'w') as fh:
        fh.write('\n'.join(json.dumps(a) for a in answers))


if __name__ == '__main__':
    main()
