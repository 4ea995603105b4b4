# llm_service.py - Connection to a locally hosted LLM
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, TextIteratorStreamer
from threading import Thread


class LocalLLMService:
    def __init__(self, model_name="unsloth/DeepSeek-R1-Distill-Qwen-7B-Q2_K.gguf", device="cpu"):
        """
        Args:
            model_name (str): The model identifier from Hugging Face or local path
            device (str): "cpu" or "cuda"
        """
        self.device = "cuda" if torch.cuda.is_available() and device == "cuda" else "cpu"
        self.model_name = model_name
        self.setup_model()

    def setup_model(self):
        print(f"Initializing model {self.model_name} on {self.device}...")
        try:
            # GGUF quantized models through llama.cpp (lowest resource usage)
            from ctransformers import AutoModelForCausalLM as CTAutoModelForCausalLM

            self.model = CTAutoModelForCausalLM.from_pretrained(
                self.model_name,
                model_type="llama",
                gpu_layers=0 if self.device == "cpu" else 50,
            )
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_name)
            self.use_ctransformers = True
        except Exception as e:
            print(f"Could not load with CTransformers: {e}; falling back to Transformers")
            from transformers import BitsAndBytesConfig

            quantization_config = None
            if torch.cuda.is_available() and self.device == "cuda":
                quantization_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.float16)
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_name)
            self.model = AutoModelForCausalLM.from_pretrained(
                self.model_name,
                quantization_config=quantization_config,
                device_map="auto",
                low_cpu_mem_usage=True,
            )
            self.use_ctransformers = False

    def generate_response(self, prompt, max_new_tokens=150, temperature=0.7):
        if self.use_ctransformers:
            return self.model(self._format(prompt), max_new_tokens=max_new_tokens, temperature=temperature)
        inputs = self.tokenizer(self._format(prompt), return_tensors="pt").to(self.device)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        kwargs = {"input_ids": inputs["input_ids"], "max_new_tokens": max_new_tokens,
                  "temperature": temperature, "streamer": streamer}
        Thread(target=self.model.generate, kwargs=kwargs).start()
        return "".join(streamer).strip()

    def _format(self, prompt):
        if "llama-2" in self.model_name.lower() and "chat" in self.model_name.lower():
            return f"<s>[INST] {prompt} [/INST]"
        return f"### Instruction:\n{prompt}\n\n### Response:"
