# ex:
# "gsdf/Counterfeit-V2.5", "Linaqruf/anything-v3.0"
model = "gsdf/Counterfeit-V2.5"

# ex:
# "stabilityai/sd-vae-ft-mse", "stabilityai/sd-vae-ft-ema"
# 
# You can specify it as follows if you prepared VAE locally:
# "vae/counterfeit-v2.5"
vae = "stabilityai/sd-vae-ft-mse"

# cuda or cpu
device = "cuda"
