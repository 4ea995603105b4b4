import gradio as gr
import time
import os

# Configuración
MODEL_NAME = "F5-TTS"
SUPPORTED_LANGUAGES = ["es", "en"]
MAX_AUDIO_SIZE = 10 * 1024 * 1024  # 10MB

model = None
vocoder = None
model_loaded = False


def load_models():
    """Cargar F5-TTS y vocoder (solo una vez al iniciar)"""
    global model, vocoder, model_loaded
    if model_loaded:
        return True
    try:
        from cached_path import cached_path
        from f5_tts.infer.utils_infer import load_model, load_vocoder
        from f5_tts.model import DiT

        print("📥 Cargando vocoder Vocos...")
        vocoder = load_vocoder(
            vocoder_name="vocos",
            is_local=False,
            device="cpu"
        )

        print("\n📥 Cargando modelo F5-TTS v1 Base...")
        ckpt_path = str(cached_path("hf://SWivid/F5-TTS/F5TTS_v1_Base/model_1250000.safetensors"))
        model_cfg = dict(dim=1024, depth=22, heads=16, ff_mult=2, text_dim=512, conv_layers=4)
        model = load_model(DiT, model_cfg, ckpt_path)
        model_loaded = True
        return True
    except Exception as e:
        print(f"\n❌ ERROR CRÍTICO cargando modelos: {e}")
        return False


def generate_voice(reference_audio, ref_text, gen_text, language):
    if reference_audio is None:
        return None, "❌ Por favor, sube un archivo de audio", ""
    if not model_loaded and not load_models():
        return None, "❌ Error cargando modelos. Intenta recargar la página.", ""

    from f5_tts.infer.utils_infer import infer_process, preprocess_ref_audio_text

    start_time = time.time()
    ref_audio_processed, ref_text_processed = preprocess_ref_audio_text(reference_audio, ref_text)
    final_wave, final_sample_rate, _ = infer_process(
        ref_audio=ref_audio_processed,
        ref_text=ref_text_processed,
        gen_text=gen_text,
        model_obj=model,
        vocoder=vocoder,
        device="cpu"
    )
    output_path = "generated_audio.wav"
    return (final_sample_rate, final_wave), "✅ Audio generado exitosamente", f"⏱️ Tiempo: {time.time() - start_time:.2f}s"


def create_interface():
    with gr.Blocks(title="F5-TTS Voice Cloning", theme=gr.themes.Soft()) as demo:
        gr.Markdown("# 🎤 F5-TTS Voice Cloning")
        with gr.Row():
            with gr.Column(scale=1):
                reference_audio = gr.Audio(label="Audio de Referencia (5-30 segundos)", type="filepath", sources=["upload", "microphone"])
                ref_text = gr.Textbox(label="Transcripción del Audio de Referencia", lines=2)
                gen_text = gr.Textbox(label="Texto a Generar", lines=3)
                language = gr.Dropdown(choices=SUPPORTED_LANGUAGES, value="es", label="Idioma")
                generate_btn = gr.Button("🚀 Generar Voz", variant="primary", size="lg")
        status_msg = gr.Textbox(label="Estado", interactive=False)
        time_msg = gr.Textbox(label="Tiempo de Procesamiento", interactive=False)
        output_audio = gr.Audio(label="🔊 Audio Generado", type="filepath")
        generate_btn.click(fn=generate_voice, inputs=[reference_audio, ref_text, gen_text, language],
                           outputs=[output_audio, status_msg, time_msg])
        gr.Markdown("""
        ## 🔧 Información Técnica

        - **Modelo:** F5-TTS (Flow Matching Text-to-Speech)
        - **Vocoder:** Vocos
        - **Dispositivo:** CPU (puede tardar ~30-60 segundos)
        """)
    return demo


if __name__ == "__main__":
    demo = create_interface()
    demo.launch()
