#!/bin/bash
# Loras
download-model "https://civitai.com/api/download/models/472605?type=Model&format=SafeTensor" ./animeflatcolor.safetensors
download-model "https://civitai.com/api/download/models/447305?type=Model&format=SafeTensor" ./overwatchstyle.safetensors
download-model "https://civitai.com/api/download/models/378458?type=Model&format=SafeTensor" ./overwatchchars.safetensors
download-model "https://civitai.com/api/download/models/720821?type=Model&format=SafeTensor" ./arcanestyle_chars.safetensors
download-model "https://civitai.com/api/download/models/404551?type=Model&format=SafeTensor" ./hatsunemiku.safetensors
download-model "https://civitai.com/api/download/models/533201?type=Model&format=SafeTensor" ./gwendolyn_tennyson.safetensors
download-model "https://civitai.com/api/download/models/702347?type=Model&format=SafeTensor" ./mercy_pack.safetensors
# Checkpoints
download-model "https://civitai.com/api/download/models/914390?type=Model&format=SafeTensor&size=full&fp=fp16" ./ponyrealism.safetensors
download-model "https://civitai.com/api/download/models/692489?type=Model&format=SafeTensor&size=full&fp=fp16" ./ponymistoon.safetensors
download-model "https://civitai.com/api/download/models/324619?type=Model&format=SafeTensor&size=pruned&fp=fp16" ./autismmix.safetensors
download-model "https://civitai.com/api/download/models/324524?type=Model&format=SafeTensor&size=pruned&fp=fp16" ./autismmix_confetti.safetensors
download-model "https://civitai.com/api/download/models/828380?type=Model&format=SafeTensor&size=pruned&fp=fp16" ./ponyprefect.safetensors
download-model "https://civitai.com/api/download/models/832353?type=Model&format=SafeTensor&size=pruned&fp=fp16" ./realdream.safetensors
