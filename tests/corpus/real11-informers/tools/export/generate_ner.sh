python3 -m transformers.onnx --model=dbmdz/bert-large-cased-finetuned-conll03-english --feature=token-classification --framework pt /tmp/onnx/
