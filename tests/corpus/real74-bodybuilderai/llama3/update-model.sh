#!/bin/bash
ollama create body-builder-model -f bodyBuilderLlam3Model
ollama run body-builder-model
