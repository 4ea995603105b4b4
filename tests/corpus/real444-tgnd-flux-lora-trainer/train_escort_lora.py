    # Quantization config
    bnb_config = "/data/bnb_config.json"
    with open(bnb_config, "w") as f:
        f.write('{"load_in_4bit": true, "bnb_4bit_quant_type": "nf4"}')

    quant_flags = "--do_fp8_training" if gpu['use_fp8'] else f"--bnb_quantization_config_path={bnb_config}"

    # ─── Check for cached base model ───
    model_id = "black-forest-labs/FLUX.2-dev"
    volume_model_path = os.path.join(network_volume, "flux2-dev")

    if os.path.exists(volume_model_path) and os.listdir(volume_model_path):
        print(f"[TRAIN] Using cached model from {volume_model_path}", flush=True)
        model_source = volume_model_path
    else:
        print(f"[TRAIN] Will download model from HF Hub: {model_id}", flush=True)
        model_source = model_id

    # ─── Find DreamBooth script ───
    train_script = "/app/diffusers/examples/dreambooth/train_dreambooth_lora_flux2.py"
    if not os.path.exists(train_script):
        # Fallback: try Flux 1 script
        train_script_v1 = "/app/diffusers/examples/dreambooth/train_dreambooth_lora_flux.py"
        if os.path.exists(train_script_v1):
            print(f"[TRAIN] Flux 2 script not found, falling back to Flux 1 script", flush=True)
            train_script = train_script_v1
        else:
            print(f"[TRAIN] ERROR: No DreamBooth training script found", flush=True)
            fire_callback(callback_url, {
                'lora_id': lora_id, 'status': 'failed',
                'error': 'Training script not found', 'secret': webhook_secret,
            })
            sys.exit(1)

    print(f"[TRAIN] Using training script: {train_script}", flush=True)

    # ─── Output directory ───
    output_dir = "/output/escort-lora"
    os.makedirs(output_dir, exist_ok=True)

    # ─── Instance prompt ───
    instance_prompt = f"photo of {trigger_word}"

    # ─── Run DreamBooth training ───
    print("\n" + "=" * 60, flush=True)
    print(f"[TRAIN] Starting DreamBooth LoRA training", flush=True)
    print(f"[TRAIN] Prompt: {instance_prompt}", flush=True)
    print(f"[TRAIN] Steps: {training_steps}, Rank: {lora_rank}, Res: {resolution}", flush=True)
    print("=" * 60, flush=True)
    t0 = time.time()

    # Gradient accumulation: effective batch = 1 * 4 = 4
    grad_accum = 4

    # Checkpointing every 250 steps
    checkpoint_steps = min(250, training_steps // 2)

    train_cmd = f"""accelerate launch {train_script} \
  --pretrained_model_name_or_path={model_source} \
  --instance_data_dir=/data/images \
  --output_dir={output_dir} \
  --instance_prompt="{instance_prompt}" \
  --resolution={resolution} \
  --rank={lora_rank} \
  --lora_alpha={lora_rank} \
  --train_batch_size=1 \
  --gradient_accumulation_steps={grad_accum} \
  --gradient_checkpointing \
  {quant_flags} \
  --remote_text_encoder \
  --cache_latents \
  --use_8bit_adam \
  --learning_rate=1e-4 \
  --lr_scheduler=constant_with_warmup \
  --lr_warmup_steps=50 \
  --max_train_steps={training_steps} \
  --checkpointing_steps={checkpoint_steps} \
  --mixed_precision=bf16 \
  --seed=42"""
