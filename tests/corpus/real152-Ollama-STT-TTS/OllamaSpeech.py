import requests
import json
import speech_recognition as sr
import pyttsx3

# Context sent with the very first question
PROMPT = 'You are a helpful assistant.'
# pieces of the streamed answer
RESPONSE_ARRAY = []
RESPONSE = ''
# Which Ollama library model to talk to
LIBRARY = "llama3"

r = sr.Recognizer()


def SpeakText(command):
    engine = pyttsx3.init()
    engine.say(command)
    engine.runAndWait()


count = 0  # 0 means first turn

SpeakText("Hello, how may I assist you today?")
while True:
    try:
        with sr.Microphone() as source2:
            r.adjust_for_ambient_noise(source2, duration=0.2)
            audio2 = r.listen(source2)
            MyText = r.recognize_google(audio2).lower()

            if count != 0:
                # later turns continue the conversation without the system text
                PROMPT = ''

            url = 'http://127.0.0.1:11434/api/generate'
            myobj = {
                "model": LIBRARY,
                "prompt": PROMPT + MyText
            }
            x = requests.post(url, json=myobj)

            # the reply arrives as one JSON object per line
            for line in x.text.split("\n"):
                if json.loads(line)['response']:
                    RESPONSE_ARRAY.append(json.loads(line)['response'])
                else:
                    break

            RESPONSE = ''.join(RESPONSE_ARRAY)
            print(RESPONSE)

            with open("log.txt", "a+") as f:
                f.write('Prompt: \n' + PROMPT + '\n Response: \n' + RESPONSE + '\n')

            SpeakText(RESPONSE)
            RESPONSE_ARRAY.clear()
            RESPONSE = ''
            count += 1

    except sr.RequestError as e:
        print("Could not request results; {0}".format(e))
    except sr.UnknownValueError:
        print("nothing heard before the timeout")
