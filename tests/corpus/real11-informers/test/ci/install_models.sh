#!/usr/bin/env bash

set -e

DEST=$HOME/models/$MODELS_VERSION

if [ -d "$DEST" ]; then
  echo "Models already cached"
  exit 0
fi

mkdir -p $DEST
cd /tmp

for task in sentiment-analysis question-answering feature-extraction; do
  wget https://github.com/ankane/informers/releases/download/v$MODELS_VERSION/$task.onnx
  mv $task.onnx $DEST
done
