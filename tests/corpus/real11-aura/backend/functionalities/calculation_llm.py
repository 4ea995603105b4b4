from ctransformers import AutoModelForCausalLM

# gpu_layers = how many layers go to the GPU; 0 without GPU acceleration.
llm = AutoModelForCausalLM.from_pretrained("TheBloke/MAmmoTH-13B-GGUF", model_file="mammoth-13b.Q4_K_M.gguf", model_type="llama", gpu_layers=0)

print(llm("What is 17 times 23? Answer:"))
