import os

os.environ["KERAS_BACKEND"] = "jax"

import keras
import keras_hub
import tensorflow as tf
import tensorflow_hub as hub
from transformers import TFAutoModelForSequenceClassification, AutoTokenizer

# Gemma from the Hub in Keras format (hf:// preset) and from Kaggle (kaggle:// preset)
gemma_lm = keras_hub.models.GemmaCausalLM.from_preset("hf://google/gemma-2-2b-keras")
gemma_kaggle = keras_hub.models.GemmaCausalLM.from_preset("kaggle://google/gemma-2/keras/gemma2_2b_en")
bert_preset = keras_hub.models.BertTextClassifier.from_preset("bert_base_en_uncased", num_classes=2)

# TF-Hub module (not Hugging Face)
use = hub.KerasLayer("https://tfhub.dev/google/universal-sentence-encoder/4", trainable=False)

tok = AutoTokenizer.from_pretrained("distilbert-base-uncased-finetuned-sst-2-english")
tf_model = TFAutoModelForSequenceClassification.from_pretrained("distilbert-base-uncased-finetuned-sst-2-english")
camembert = TFAutoModelForSequenceClassification.from_pretrained("camembert-base", from_pt=True)

ds = tf.data.Dataset.from_tensor_slices((["a", "b"], [0, 1])).batch(2)
tf_model.compile(optimizer=keras.optimizers.Adam(3e-5), loss="sparse_categorical_crossentropy")
tf_model.fit(ds, epochs=1)
tf_model.save_pretrained("exports/tf/sst2")
keras.saving.save_model(gemma_lm, "exports/keras/gemma-2b.keras")
