#model1=OpenAssistant/oasst-sft-4-pythia-12b-epoch-3.5
#model2=mosaicml/mpt-7b-chat
#model3=microsoft/DialoGPT-medium

#volume=$PWD/data # share a volume with the container so weights are not re-downloaded

docker pull ghcr.io/huggingface/text-generation-inference:latest

nohup docker run --gpus 4 --shm-size 1g -p 8080:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id h2oai/h2ogpt-4096-llama2-70b-chat --quantize bitsandbytes > nohup-1.out &

#nohup docker run --gpus 4 --shm-size 1g -p 8081:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id h2oai/h2ogpt-gm-oasst1-en-2048-falcon-40b-v2 --trust-remote-code --quantize bitsandbytes > nohup-1.out &

#nohup docker run --gpus 2 --shm-size 1g -p 8081:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id openlm-research/open_llama_7b_v2 --quantize bitsandbytes > nohup-2.out &

#nohup docker run --gpus 4 --shm-size 1g -p 8080:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id TheBloke/OpenAssistant-SFT-7-Llama-30B-HF --num-shard 4 --quantize bitsandbytes > nohup-1.out &

#nohup docker run --gpus 4 --shm-size 1g -p 8080:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id mosaicml/mpt-7b --trust-remote-code > nohup-1.out &

#nohup docker run --gpus 1 --shm-size 1g -p 8081:80 -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:latest --model-id humarin/chatgpt_paraphraser_on_T5_base --num-shard 1 > nohup-2.out &
