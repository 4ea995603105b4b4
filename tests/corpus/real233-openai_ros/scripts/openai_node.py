#!/usr/bin/env python3

from openai_ros.msg import StringArray
from openai_ros.srv import Completion, CompletionResponse
from openai_ros.srv import ChatCompletions, ChatCompletionsResponse
from openai_ros.srv import AudioSpeech, AudioSpeechResponse
from openai_ros.srv import Embedding, EmbeddingResponse

import rospy
from openai import OpenAI, AzureOpenAI
import json
import base64

def main():
    global client, max_tokens, model
    pub = rospy.Publisher('available_models', StringArray, queue_size=1, latch=True)
    rospy.init_node('openai_node', anonymous=True)
    backend = rospy.get_param("~backend", "openai") # openai or azure

    if backend == "openai":
        client = OpenAI(api_key=rospy.get_param('~key'))
    elif backend == "azure":
        client = AzureOpenAI(
            api_key=rospy.get_param("~key"),
            azure_endpoint=rospy.get_param("~azure_endpoint"),
            api_version=rospy.get_param("~azure_api_version", "2024-07-01-preview"),
        )
    else:
        rospy.logerr("Invalid backend: " + backend)
        return

    max_tokens = rospy.get_param('~max_tokens', default=256)
    model = rospy.get_param('~model', default='gpt-3.5-turbo')

    models_msg = StringArray()
    for m in client.models.list():
        models_msg.data.append(m.id)

    if model not in models_msg.data:
        rospy.logerr(model + " is not an available model")
        rospy.logerr(models_msg.data)
        return

    pub.publish(models_msg)

    endpoint = "chat"
    try:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "ignore this message"}], max_tokens=1)
    except:
        endpoint = "legacy"

    rospy.loginfo("Using " + model + " though " + endpoint + " endpoint")

    if endpoint == "legacy":
        rospy.Service('get_response', Completion, legacy_servicer)
    else:
        rospy.Service('get_response', Completion, chat_servicer)

    if endpoint == "chat":
        rospy.Service('chat_completions', ChatCompletions, chat_completions_servicer)
        rospy.Service('audio_speech', AudioSpeech, audio_speech_servicer)

    rospy.Service("get_embedding", Embedding, embedding_servicer)

    rospy.spin()

if __name__ == '__main__':
    try:
        main()
    except rospy.ROSInterruptException:
        pass
