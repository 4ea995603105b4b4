from transformers import pipeline

# classification pipeline with the ProtBERT model
pipe = pipeline("text-classification", model="Rocketknight1/esm2_t6_8M_UR50D-finetuned-localization")

# a few sequences known to sit in mitochondria
mitochondrion_sequences = {
    'Mitochondrion_1': "MALWMRLLPLLALLALWGPGPGL",
    'Mitochondrion_2': "MLAKKKPQKPLLPLTPEELPAELTDLT",
    'Mitochondrion_3': "MTSKRSKAAVRRLAAAAAAPVG",
}

for location, sequence in mitochondrion_sequences.items():
    result = pipe(sequence)
    print(f"Expected: {location}, Predicted: {result[0]['label']}, Score: {result[0]['score']:.4f}")
