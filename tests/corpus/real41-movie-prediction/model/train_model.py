import faiss
import numpy as np
import pandas as pd
from sentence_transformers import InputExample, SentenceTransformer, losses
from torch.utils.data import DataLoader


# 1. EMBEDDING GENERATION
def generate_embeddings(df, model_name='all-MiniLM-L6-v2'):
    """Generate embeddings using Sentence-BERT."""
    model = SentenceTransformer(model_name)
    embeddings = model.encode(df['combined_text'].values, convert_to_tensor=True)
    return embeddings.cpu().numpy()


# 2. FINE-TUNE THE MODEL
def fine_tune_model(df, model_name='all-MiniLM-L6-v2', epochs=3):
    """Fine-tune the Sentence-BERT model (triplet loss for movie disambiguation)."""
    model = SentenceTransformer(model_name)
    train_examples = []
    for _, row in df.iterrows():
        negative_title = df.sample(1)['movie name'].iloc[0]
        train_examples.append(InputExample(texts=[row['combined_text'], row['movie name'], negative_title]))

    train_dataloader = DataLoader(train_examples, batch_size=16, shuffle=True)
    train_loss = losses.TripletLoss(model)
    model.fit(
        train_objectives=[(train_dataloader, train_loss)],
        epochs=epochs,
        warmup_steps=100,
        output_path='fine_tuned_model'
    )
    return SentenceTransformer('fine_tuned_model')


# 3. FAISS INDEX SETUP
def build_faiss_index(embeddings, output_index_path='movie_index.faiss'):
    index = faiss.IndexFlatL2(embeddings.shape[1])
    index.add(embeddings.astype('float32'))
    faiss.write_index(index, output_index_path)


def main():
    df = pd.read_csv('data.csv')  # Replace with your file path
    model = fine_tune_model(df)
    embeddings = model.encode(df['combined_text'].tolist())
    np.save('movie_embeddings.npy', embeddings)
    df[['movie name', 'year', 'genres', 'poster_path']].to_csv('movie_metadata.csv', index=False)
    build_faiss_index(embeddings)


if __name__ == '__main__':
    main()
