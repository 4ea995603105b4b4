import csv
import os

import gradio as gr

root = 'saved'
prompt_path = 'assets/ViLG-300.csv'


def load_prompts(path):
    with open(path, 'r', encoding='utf-8') as f:
        return [row['\ufeffPrompt'] for row in csv.DictReader(f, delimiter=',')]


prompts = load_prompts(prompt_path)


def load_images(methods, idx):
    idx = int(idx)
    return prompts[idx].strip(), [(os.path.join(root, m, f'{idx}.jpg'), m) for m in methods]


def load_methods():
    return os.listdir(root)


def main():
    with gr.Blocks() as demo:
        gr.Markdown("# Text to Image Models Comparison")
        with gr.Row():
            idx = gr.Number(value=0, label='Index')
            prompt = gr.Textbox()
        methods = gr.Dropdown(multiselect=True, choices=load_methods(), value=load_methods(), label='Methods')
        gallery = gr.Gallery(show_label=False, object_fit='fill', height=600, columns=5)
        idx.change(load_images, [methods, idx], [prompt, gallery])
        methods.change(load_images, [methods, idx], [prompt, gallery])
    demo.launch()


if __name__ == '__main__':
    main()
