"""
@author: Naveen N G
@date: 02-11-2025
"""

import modal
import os

current_dir = os.path.dirname(os.path.abspath(__file__))
src_dir = os.path.dirname(current_dir) 
data_directory = os.path.join(src_dir, 'data')  # src/data/

# === Modal setup ===
app = modal.App("farmer-assistant")

def download_translate_model():
    from transformers import MarianMTModel, MarianTokenizer
    import os
    
    model_name = "Helsinki-NLP/opus-mt-mul-en"
    print(f"Downloading Translate model: {model_name}")
    
    # Set cache directory
    cache_dir = "/root/.cache/huggingface"
    os.makedirs(cache_dir, exist_ok=True)
    
    # Download and cache the model
    MarianTokenizer.from_pretrained(model_name, cache_dir=cache_dir)
    MarianMTModel.from_pretrained(model_name, cache_dir=cache_dir)
    
    print("Translate Model downloaded successfully!")

def download_sentence_model():
    from sentence_transformers import SentenceTransformer
    SentenceTransformer('sentence-transformers/all-MiniLM-L6-v2')

# Modal image with dependencies
# Stage 1: Base dependencies
base_image = modal.Image.debian_slim().apt_install("git")

# Stage 2: Python packages (can be cached)
python_deps_image = base_image.pip_install(
    "torch",
    "transformers",
    "sentencepiece",
    "sacremoses",
    "peft",
    "accelerate",
    "bitsandbytes",
    "chromadb",
    "sentence-transformers",
    "gradio",
    "tqdm"
)

# Stage 3: Download translation model (separate, can be cached)
translation_and_sentence_image = python_deps_image.run_function(
    download_translate_model, 
    timeout=3600  # 60 minutes
).run_function(
    download_sentence_model, 
    timeout=1200  # 20 minutes
)


# Stage 4: Add local files
image = (
    translation_and_sentence_image
    .add_local_dir("src", remote_path="/root/src")
    .add_local_file(f"{current_dir}/constants.py", remote_path="/root/constants.py")
    .add_local_dir(data_directory, remote_path="/root/src/data")
)

# Database path
DB_PATH = '/root/src/data/chroma_database'
DATA_PATH = '/root/src/data'

# Secrets
secrets = modal.Secret.from_name("huggingface-secret")

# Constants
GPU = "T4"
BASE_MODEL = "meta-llama/Meta-Llama-3.1-8B"
FINETUNED_MODEL = "naveenng10/farmer-assistant"


@app.cls(
    image=image,
    secrets=[secrets],
    gpu=GPU, 
    min_containers=1,
    container_idle_timeout=600,    # Keep GPU container alive for 10 minutes
    allow_concurrent_inputs=15,    # Allow up to 15 concurrent model inferences
    timeout=3600
)
class FarmerAssistantModel:

    @modal.enter()
    def setup(self):
        
        """Initialize all models - imports happen here at runtime"""
        import sys

        # Add paths for imports
        sys.path.insert(0, '/root')
        sys.path.insert(0, '/root/src')
        
        # Import constants
        import constants as DATA_CONSTANTS
        self.DATA_CONSTANTS = DATA_CONSTANTS

        # Add paths for imports
        sys.path.insert(0, '/root')
        sys.path.insert(0, '/root/src')

        try:
            print("Initializing FarmerAssistantModel STARTS.")
            self.load_finetuned_model()
            self.load_croma_vector_db()
            self.load_translation_model()
            print("Initializing FarmerAssistantModel COMPLETED")
        except Exception as e:
            print(f"Setup failed: {e}")
            raise
    
    def load_finetuned_model(self):
        import torch
        from transformers import AutoTokenizer, AutoModelForCausalLM, BitsAndBytesConfig, set_seed, pipeline
        from peft import PeftModel
    
        print("load_finetuned_model...")
        # Quant Config
        quant_config = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.bfloat16,
            bnb_4bit_quant_type="nf4"
        )
        # Load model and tokenizer
        self.tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL)
        self.tokenizer.pad_token = self.tokenizer.eos_token
        self.tokenizer.padding_side = "right"
        base_model = AutoModelForCausalLM.from_pretrained(
            BASE_MODEL, 
            quantization_config=quant_config,
            device_map="auto"
        )
        self.fine_tuned_model = PeftModel.from_pretrained(base_model, FINETUNED_MODEL)
        # Optional: merge adapter for faster inference
        self.fine_tuned_model = self.fine_tuned_model.merge_and_unload()
        set_seed(42)
        self.generator = pipeline(
            "text-generation",
            model=self.fine_tuned_model,
            tokenizer=self.tokenizer,
            torch_dtype=torch.bfloat16,
            device_map="auto",
            max_new_tokens=80,  
            temperature=0.5,
            do_sample=False,
            top_p=0.9,
            top_k=30,
            repetition_penalty=1.3,
            no_repeat_ngram_size=4,
            early_stopping=True,
            pad_token_id=self.tokenizer.eos_token_id,
            eos_token_id=self.tokenizer.eos_token_id,
        )
        device = next(self.fine_tuned_model.parameters()).device
        print(f"Finetuned model loaded on: {device}")
        print("load_finetuned_model completed...")

    def get_saved_data(self):
        import pickle

        with open(f'{DATA_PATH}/train.pkl', 'rb') as file:
            kcc_data = pickle.load(file)
        return kcc_data

    def load_croma_vector_db(self):
        import chromadb
        from chromadb.config import Settings
        from tqdm import tqdm
        from sentence_transformers import SentenceTransformer

        print(f"Loading ChromaDB from: {DB_PATH}") 
        self.embedder = SentenceTransformer('sentence-transformers/all-MiniLM-L6-v2') 
        try:
            client = chromadb.PersistentClient(path=DB_PATH, settings=Settings(allow_reset=True))
            self.collection = client.get_or_create_collection('kcc_data_collection', metadata={"hnsw:space": "cosine"})

            existing_count = self.collection.count()
            if existing_count > 0:
                print(f"Found existing Chroma collection with {existing_count} documents. Skipping embedding.")
                return

            kcc_data = self.get_saved_data()
            print('Recived the data.....')
            NUMBER_OF_DOCUMENTS = len(kcc_data)
            for i in tqdm(range(0, NUMBER_OF_DOCUMENTS, 1000)):
                documents = [self.user_query(item) for item in kcc_data[i: i+1000]]
                vectors = self.embedder.encode(documents, normalize_embeddings=True, batch_size=64).tolist()
                metadatas = [{"QueryType": item['QueryType'], "answer": item['Answer']} for item in kcc_data[i: i+1000]]
                ids = [f"doc_{j}" for j in range(i, i+len(documents))]
                self.collection.add(
                    ids=ids,
                    documents=documents,
                    embeddings=vectors,
                    metadatas=metadatas
                )
            print("ChromaDB Collections data loads completed")
        except Exception as e:
            print("Failed to load ChromaDB")   
            raise e
        
    def user_query(self, item):
        return item['prompt'].split("\n\nAnswer is:")[0]

    def load_translation_model(self):
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        print("Loading load_translation_model STARTS:")
        # This model translates from multiple languages to English
        model_name = "Helsinki-NLP/opus-mt-mul-en"
        # Use CPU to save GPU memory for main model
        self.translate_device = "cpu"
        # self.device = "cuda" if torch.cuda.is_available() else "cpu"
        
        try:
            self.translate_tokenizer = MarianTokenizer.from_pretrained(model_name)
            self.translate_model = MarianMTModel.from_pretrained(model_name).to(self.translate_device)
            print("Loading load_translation_model COMPLETED:")
        except Exception as e:
            print(f"Translation model load failed: {e}")
            raise

    def translate_to_english(self, text):
        import torch

        if not text or not text.strip():
            return text
        
        # Tokenize
        inputs = self.translate_tokenizer(text, return_tensors="pt", padding=True, truncation=True, max_length=512).to(self.translate_device)
        
        # Generate translation without gradients (saves memory)
        with torch.no_grad():
            outputs = self.translate_model.generate(**inputs)

        # Decode
        translated = self.translate_tokenizer.decode(outputs[0], skip_special_tokens=True)
        return translated

    def is_query_relevant(self, vector_result, threshold=0.6):
        try:
            # Lower distance = more similar (depends on your metric)
            if 'distances' in vector_result and vector_result['distances']:
                avg_distance = sum(vector_result['distances'][0]) / len(vector_result['distances'][0])
                # Adjust threshold based on your data
                pint_msg= f"distance:{vector_result['distances'][0]} and sum:{sum(vector_result['distances'][0])} and avg:{avg_distance}"
                print(pint_msg)
                print(vector_result['distances'][0])
                return avg_distance < threshold
                    # Fallback: check if we got any results
            # return len(vector_result['documents'][0][:]) > 0
            return True
        except:
            return False

