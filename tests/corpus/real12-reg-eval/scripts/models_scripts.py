from PIL import Image
from utils import convert_box, normalize_box, convert_bbox_to_point, normalize_box_N, normalize_box_cogvlm

# base prompt: which object is inside this box?

SYSTEM = ("<|system|>\nA chat between a curious user and an AI assistant. "
          "The assistant answers briefly.<|end|>\n")


def load_model(model_name, device, model_dir, cache_dir):
    import torch

    # BLIP-3 (xgen-mm), single-image checkpoint
    if model_name == 'Salesforce/xgen-mm-phi3-mini-instruct-singleimg-r-v1.5':
        from transformers import AutoImageProcessor, AutoModelForVision2Seq, AutoTokenizer
        model = AutoModelForVision2Seq.from_pretrained(model_name, trust_remote_code=True, cache_dir=model_dir)
        tok = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True, use_fast=False, legacy=False, cache_dir=cache_dir)
        img_proc = AutoImageProcessor.from_pretrained(model_name, trust_remote_code=True, cache_dir=cache_dir)
        model.to(device).eval()
        tok = model.update_special_tokens(tok)
        tok.padding_side = "left"

        def generate(model, image, bbox):
            pix = img_proc([image], image_aspect_ratio='anyres')["pixel_values"].cuda()
            x1, y1, x2, y2 = normalize_box(convert_box(bbox), *image.size)
            prompt = SYSTEM + f"<|user|>\n<image>Name the object in <bbox>[{x1}, {y1}][{x2}, {y2}]</bbox>.<|end|>\n<|assistant|>\n"
            inputs = {"pixel_values": [pix], **tok([prompt], return_tensors="pt")}
            inputs = {k: (v.cuda() if isinstance(v, torch.Tensor) else v) for k, v in inputs.items()}
            out = model.generate(**inputs, image_size=[image.size], do_sample=False, max_new_tokens=1024)
            return tok.decode(out[0], skip_special_tokens=True).split("<|end|>")[0]

        return model, generate

    if model_name == 'Salesforce/xgen-mm-phi3-mini-instruct-r-v1':
        from transformers import AutoImageProcessor, AutoModelForVision2Seq, AutoTokenizer
        model = AutoModelForVision2Seq.from_pretrained(model_name, trust_remote_code=True, cache_dir=model_dir)
        tok = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True, use_fast=False, legacy=False, cache_dir=cache_dir)
        img_proc = AutoImageProcessor.from_pretrained(model_name, trust_remote_code=True, cache_dir=cache_dir)
        model.to(device).eval()
        tok = model.update_special_tokens(tok)

        def generate(model, image, bbox):
            pix = img_proc([image], return_tensors="pt", image_aspect_ratio='anyres')["pixel_values"]
            x1, y1, x2, y2 = normalize_box(convert_box(bbox), *image.size)
            prompt = SYSTEM + f"<|user|>\n<image>Name the object in <bbox>[{x1}, {y1}][{x2}, {y2}]</bbox>.<|end|>\n<|assistant|>\n"
            inputs = {"pixel_values": pix.to(device), **tok([prompt], return_tensors="pt").to(device)}
            out = model.generate(**inputs, image_size=[image.size], do_sample=False, max_new_tokens=768)
            return tok.decode(out[0], skip_special_tokens=True).split("<|end|>")[0]

        return model, generate

    elif model_name == 'microsoft/kosmos-2-patch14-224':
        from transformers import AutoProcessor, Kosmos2ForConditionalGeneration
        model = Kosmos2ForConditionalGeneration.from_pretrained(model_name, trust_remote_code=True, device_map='auto', cache_dir=model_dir)
        proc = AutoProcessor.from_pretrained(model_name, trust_remote_code=True, cache_dir=cache_dir)
        model.eval()

        def generate(model, image, bbox):
            box = tuple(normalize_box(convert_box(bbox), *image.size))
            prompt = "<grounding>What is <phrase>this part</phrase> of the image? Answer:"
            inputs = proc(images=[image], text=[prompt], bboxes=[[box]], return_tensors="pt")
            inputs = {k: v.to(device) for k, v in inputs.items()}
            ids = model.generate(**inputs, use_cache=True, max_new_tokens=64)
            text, _ = proc.post_process_generation(proc.batch_decode(ids, skip_special_tokens=True)[0])
            return text

        return model, generate

    elif model_name == 'cyan2k/molmo-7B-O-bnb-4bit':
        from transformers import AutoModelForCausalLM, AutoProcessor, GenerationConfig
        kw = {"device_map": "auto", "torch_dtype": "auto", "trust_remote_code": True}
        proc = AutoProcessor.from_pretrained(model_name, **kw, cache_dir=cache_dir)
        model = AutoModelForCausalLM.from_pretrained(model_name, **kw, cache_dir=model_dir).eval()

        def generate(model, image, bbox):
            px, py = convert_bbox_to_point(normalize_box_N(bbox, *image.size, 100))
            inputs = proc.process(images=[image], text=f"What is the object at x = {int(px)}, y = {int(py)}?")
            inputs = {k: v.to(model.device).unsqueeze(0) for k, v in inputs.items()}
            with torch.autocast("cuda", enabled=True, dtype=torch.bfloat16):
                out = model.generate_from_batch(inputs, GenerationConfig(max_new_tokens=200), tokenizer=proc.tokenizer)
            return proc.tokenizer.decode(out[0, inputs['input_ids'].size(1):], skip_special_tokens=True)

        return model, generate

    elif model_name == "Qwen/Qwen2-VL-2B-Instruct-GPTQ-Int8":
        from qwen_vl_utils import process_vision_info
        from transformers import AutoProcessor, Qwen2VLForConditionalGeneration
        model = Qwen2VLForConditionalGeneration.from_pretrained(
            model_name, torch_dtype="auto", device_map="auto", cache_dir=model_dir,
        )
        # flash attention variant:
        # model = Qwen2VLForConditionalGeneration.from_pretrained(
        #     "Qwen/Qwen2-VL-7B-Instruct-GPTQ-Int4",
        #     attn_implementation="flash_attention_2",
        # )
        proc = AutoProcessor.from_pretrained(model_name, cache_dir=cache_dir)

        def generate(model, image, bbox):
            x1, y1, x2, y2 = map(lambda v: round(v, 1), convert_box(normalize_box_N(bbox)))
            tmp = "temp_image.jpg"
            image.save(tmp)
            msgs = [{"role": "user", "content": [
                {"type": "image", "image": tmp},
                {"type": "text", "text": f"What is in <|box_start|>({x1},{y1}),({x2},{y2})<|box_end|>?"},
            ]}]
            text = proc.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
            imgs, vids = process_vision_info(msgs)
            inputs = proc(text=[text], images=imgs, videos=vids, padding=True, return_tensors="pt").to(model.device)
            ids = model.generate(**inputs, max_new_tokens=128)
            trimmed = [o[len(i):] for i, o in zip(inputs.input_ids, ids)]
            return proc.batch_decode(trimmed, skip_special_tokens=True)[0]

        return model, generate

    elif model_name == "THUDM/cogvlm2-llama3-chat-19B-int4":
        from transformers import AutoModelForCausalLM, AutoTokenizer
        dtype = torch.bfloat16 if torch.cuda.get_device_capability()[0] >= 8 else torch.float16
        tok = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True, cache_dir=cache_dir)
        model = AutoModelForCausalLM.from_pretrained(
            model_name, torch_dtype=dtype, trust_remote_code=True, cache_dir=model_dir, device_map='auto',
        ).eval()

        def generate(model, image, bbox):
            x1, y1, x2, y2 = normalize_box_cogvlm(convert_box(bbox))
            query = f"USER: What is the object in [{x1}, {y1}, {x2}, {y2}]? ASSISTANT:"
            built = model.build_conversation_input_ids(tok, query=query, images=[image], template_version='chat')
            inputs = {
                'input_ids': built['input_ids'].unsqueeze(0).to(model.device),
                'token_type_ids': built['token_type_ids'].unsqueeze(0).to(model.device),
                'attention_mask': built['attention_mask'].unsqueeze(0).to(model.device),
                'images': [[built['images'][0].to(model.device).to(dtype)]],
            }
            out = model.generate(**inputs, max_new_tokens=64)
            return tok.decode(out[0][inputs['input_ids'].shape[1]:], skip_special_tokens=True)

        return model, generate
