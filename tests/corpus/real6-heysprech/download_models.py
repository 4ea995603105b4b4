from transformers import MarianMTModel, MarianTokenizer

# German -> English
de_en_id = "Helsinki-NLP/opus-mt-de-en"
m_de_en = MarianMTModel.from_pretrained(de_en_id)
t_de_en = MarianTokenizer.from_pretrained(de_en_id)

print("Saving DE-EN ...")
m_de_en.save_pretrained("./opus-mt-de-en")
t_de_en.save_pretrained("./opus-mt-de-en")

# English -> French
en_fr_id = "Helsinki-NLP/opus-mt-en-fr"
m_en_fr = MarianMTModel.from_pretrained(en_fr_id)
t_en_fr = MarianTokenizer.from_pretrained(en_fr_id)

print("Saving EN-FR ...")
m_en_fr.save_pretrained("./opus-mt-en-fr")
t_en_fr.save_pretrained("./opus-mt-en-fr")

print("Both models downloaded and saved.")
