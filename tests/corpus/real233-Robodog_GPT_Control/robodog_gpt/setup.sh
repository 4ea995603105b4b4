#!/bin/bash

# Robot’s IP
export ROS2_MASTER_IP=192.168.123.161

# Raspberry Pi’s IP
export ROS2_LOCAL_IP=192.168.123.162

# OpenAI/ChatGPT API Key
export OPENAI_API_KEY=test

# For UI
export QT_QPA_PLATFORM=vnc
