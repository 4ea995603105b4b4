which=$1
case $which in
  bert-base)
    mkdir bert-wwm-ext && cd bert-wwm-ext
    wget https://s3.amazonaws.com/models.huggingface.co/bert/hfl/chinese-bert-wwm-ext/config.json
    wget https://cdn.huggingface.co/hfl/chinese-bert-wwm-ext/pytorch_model.bin
    wget https://cdn.huggingface.co/hfl/chinese-bert-wwm-ext/vocab.txt
    ;;
  roberta-base)
    mkdir roberta-wwm-ext && cd roberta-wwm-ext
    wget https://s3.amazonaws.com/models.huggingface.co/bert/hfl/chinese-roberta-wwm-ext/config.json
    wget https://cdn.huggingface.co/hfl/chinese-roberta-wwm-ext/pytorch_model.bin
    wget https://cdn.huggingface.co/hfl/chinese-roberta-wwm-ext/vocab.txt
    ;;
  roberta-large)
    mkdir roberta-wwm-ext-large && cd roberta-wwm-ext-large
    wget https://s3.amazonaws.com/models.huggingface.co/bert/hfl/chinese-roberta-wwm-ext-large/config.json
    wget https://cdn.huggingface.co/hfl/chinese-roberta-wwm-ext-large/pytorch_model.bin
    wget https://cdn.huggingface.co/hfl/chinese-roberta-wwm-ext-large/tokenizer_config.json
    ;;
  *)
    echo "unknown model"
esac
