#!/bin/bash
# usage: sh run.sh EXP TASK [TASK ...]
#   e.g. sh run.sh 000 preprocess train

exp=$1
shift

cd ~/../workspace/

for task in "$@"; do
    case $task in
      preprocess) poetry run python src/customs/v1/preprocess.py experiment=${exp} ;;
      train)      poetry run python src/customs/v1/train.py experiment=${exp} ;;
      inference)  poetry run python src/customs/v1/inference.py experiment=${exp} ;;
      deploy)     poetry run python src/customs/deploy.py experiment=${exp} ;;
      *) echo "unknown task: $task (preprocess, train, inference, deploy)" ;;
    esac
done
