#!/bin/bash

ollama pull mixtral
ollama create crewai-mixtral -f MixtralModelfile
