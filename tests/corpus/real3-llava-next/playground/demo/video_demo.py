import argparse
import json
import math
import os
import time

import numpy as np
import openai
import torch
from decord import VideoReader, cpu
from transformers import AutoConfig

from llava.constants import DEFAULT_IMAGE_TOKEN, IMAGE_TOKEN_INDEX
from llava.conversation import SeparatorStyle, conv_templates
from llava.mm_utils import KeywordsStoppingCriteria, get_model_name_from_path, tokenizer_image_token
from llava.model.builder import load_pretrained_model


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--video_path", help="video file or folder", required=True)
    parser.add_argument("--output_dir", help="where the answers JSON goes", required=True)
    parser.add_argument("--output_name", help="answers file name", required=True)
    parser.add_argument("--model-path", type=str, default="facebook/opt-350m")
    parser.add_argument("--model-base", type=str, default=None)
    parser.add_argument("--conv-mode", type=str, default=None)
    parser.add_argument("--mm_spatial_pool_stride", type=int, default=4)
    parser.add_argument("--mm_spatial_pool_mode", type=str, default="average")
    parser.add_argument("--mm_newline_position", type=str, default="no_token")
    parser.add_argument("--overwrite", type=lambda x: (str(x).lower() == 'true'), default=True)
    parser.add_argument("--for_get_frames_num", type=int, default=4)
    parser.add_argument("--load_8bit", type=lambda x: (str(x).lower() == 'true'), default=False)
    parser.add_argument("--prompt", type=str, default=None)
    parser.add_argument("--api_key", type=str, help="OpenAI API key")
    return parser.parse_args()


def load_video(path, n):
    vr = VideoReader(path, ctx=cpu(0), num_threads=1)
    idx = np.linspace(0, len(vr) - 1, n, dtype=int).tolist()
    return vr.get_batch(idx).asnumpy()


def run_inference(args):
    use_gpt4v = args.model_path == "gpt4v"
    if not use_gpt4v:
        model_name = get_model_name_from_path(args.model_path)
        cfg = AutoConfig.from_pretrained(args.model_path)
        overwrite = {
            "mm_spatial_pool_mode": args.mm_spatial_pool_mode,
            "mm_spatial_pool_stride": args.mm_spatial_pool_stride,
            "mm_newline_position": args.mm_newline_position,
        }
        if "qwen" not in args.model_path.lower():
            need = args.for_get_frames_num * (24 // args.mm_spatial_pool_stride) ** 2 + 1000
            factor = math.ceil(need / 4096)
            if factor >= 2 and "vicuna" in cfg._name_or_path.lower():
                overwrite["rope_scaling"] = {"factor": float(factor), "type": "linear"}
        tokenizer, model, image_processor, _ = load_pretrained_model(
            args.model_path, args.model_base, model_name, load_8bit=args.load_8bit, overwrite_config=overwrite
        )

    os.makedirs(args.output_dir, exist_ok=True)
    out = open(os.path.join(args.output_dir, f"{args.output_name}.json"), "w")
    frames = load_video(args.video_path, args.for_get_frames_num)

    if not use_gpt4v:
        video = [image_processor.preprocess(frames, return_tensors="pt")["pixel_values"].half().cuda()]
        conv = conv_templates[args.conv_mode].copy()
        conv.append_message(conv.roles[0], DEFAULT_IMAGE_TOKEN + "\n" + args.prompt)
        conv.append_message(conv.roles[1], None)
        ids = tokenizer_image_token(conv.get_prompt(), tokenizer, IMAGE_TOKEN_INDEX, return_tensors="pt").unsqueeze(0).cuda()
        stop = conv.sep if conv.sep_style != SeparatorStyle.TWO else conv.sep2
        with torch.inference_mode():
            gen = model.generate(inputs=ids, images=video, modalities="video", do_sample=False, max_new_tokens=1024,
                                 stopping_criteria=[KeywordsStoppingCriteria([stop], tokenizer, ids)])
        answer = tokenizer.batch_decode(gen, skip_special_tokens=True)[0].strip()
    else:
        openai.api_key = args.api_key
        params = {
            "model": "gpt-4-vision-preview", #gpt-4-1106-vision-preview
            "messages": [{"role": "user", "content": [f"Frames from a video. Question: {args.prompt}"]}],
            "max_tokens": 1024,
        }
        for _ in range(5):
            try:
                answer = openai.ChatCompletion.create(**params).choices[0].message.content
                break
            except Exception:
                time.sleep(30)

    out.write(json.dumps({"Q": args.prompt, "video_name": args.video_path, "pred": answer}, ensure_ascii=False) + "\n")
    out.close()


if __name__ == "__main__":
    run_inference(parse_args())
