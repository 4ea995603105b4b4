    @spaces.GPU
    def generate(prompt):
        print(os.system(f"pwd"))
        return pipe(prompt).images

    gr.Interface(
        fn=generate,
        inputs=gr.Text(),
        outputs=gr.Gallery(),
    ).launch()

    # with gr.Blocks(css=css) as demo:
    #     # description
    #     gr.Markdown(title)
    #     gr.Markdown(description)
    #
    #     with gr.Row():
    #         gallery = gr.Image(label="Generated Images", height=512, width=512)
    #         gen_condition = gr.Image(label="Spatial Condition", height=512, width=512)
    #         usage_tips = gr.Markdown(label="Usage tips of OMG", value=tips, visible=False)
    #
    #     with gr.Row():
    #         condition_img1 = gr.Image(label="Input an RGB image for condition", height=128, width=128)
    #
    #     # character choose
    #     with gr.Row():
    #         man = gr.Dropdown(label="Character 1 selection", choices=CHARACTER_MAN_NAMES, value="Chris Evans (identifier: Chris Evans)")
    #         woman = gr.Dropdown(label="Character 2 selection", choices=CHARACTER_WOMAN_NAMES, value="Taylor Swift (identifier: TaylorSwift)")
    #         resolution = gr.Dropdown(label="Image Resolution (width*height)", choices=resolution_list, value="1024*1024")
    #         condition = gr.Dropdown(label="Input condition type", choices=condition_list, value="None")
    #         style = gr.Dropdown(label="style", choices=STYLE_NAMES, value="None")
    #
    #     with gr.Row():
    #         local_prompt1 = gr.Textbox(label="Character1_prompt",
    #                             info="Describe the Character 1, this prompt should include the identifier of character 1",
    #                             value="Close-up photo of the Chris Evans, 35mm photograph, film, professional, 4k, highly detailed.")
    #         local_prompt2 = gr.Textbox(label="Character2_prompt",
    #                                    info="Describe the Character 2, this prompt should include the identifier of character2",
    #                                    value="Close-up photo of the TaylorSwift, 35mm photograph, film, professional, 4k, highly detailed.")
    #
    #     man.change(get_local_value_man, man, local_prompt1)
    #     woman.change(get_local_value_woman, woman, local_prompt2)
    #
    #     # prompt
    #     with gr.Column():
    #         prompt = gr.Textbox(label="Prompt 1",
    #                             info="Give a simple prompt to describe the first image content",
    #                             placeholder="Required",
    #                             value="close-up shot, photography, a man and a woman on the street, facing the camera smiling")
    #
    #
    #     with gr.Accordion(open=False, label="Advanced Options"):
    #         seed = gr.Slider(
    #             label="Seed",
    #             minimum=0,
    #             maximum=MAX_SEED,
    #             step=1,
    #             value=42,
    #         )
    #         negative_prompt = gr.Textbox(label="Negative Prompt",
    #                             placeholder="noisy, blurry, soft, deformed, ugly",
    #                             value="noisy, blurry, soft, deformed, ugly")
    #         randomize_seed = gr.Checkbox(label="Randomize seed", value=True)
    #
    #     submit = gr.Button("Submit", variant="primary")
    #
    #     submit.click(
    #         fn=remove_tips,
    #         outputs=usage_tips,
    #     ).then(
    #         fn=randomize_seed_fn,
    #         inputs=[seed, randomize_seed],
    #         outputs=seed,
    #         queue=False,
    #         api_name=False,
    #     ).then(
    #         fn=generate_image,
    #         inputs=[prompt, negative_prompt, man, woman, resolution, local_prompt1, local_prompt2, seed, condition, condition_img1, style],
    #         outputs=[gallery, gen_condition]
    #     )
    # demo.launch(share=True)

def parse_args():
    parser = argparse.ArgumentParser('', add_help=False)
    parser.add_argument('--pretrained_sdxl_model', default='Fucius/stable-diffusion-xl-base-1.0', type=str)
    parser.add_argument('--openpose_checkpoint', default='thibaud/controlnet-openpose-sdxl-1.0', type=str)
    parser.add_argument('--canny_checkpoint', default='diffusers/controlnet-canny-sdxl-1.0', type=str)
    parser.add_argument('--depth_checkpoint', default='diffusers/controlnet-depth-sdxl-1.0', type=str)
    parser.add_argument('--efficientViT_checkpoint', default='./checkpoint/sam/xl1.pt', type=str)
    parser.add_argument('--dino_checkpoint', default='./checkpoint/GroundingDINO', type=str)
    parser.add_argument('--sam_checkpoint', default='./checkpoint/sam/sam_vit_h_4b8939.pth', type=str)
    parser.add_argument('--dpt_checkpoint', default='Intel/dpt-hybrid-midas', type=str)
    parser.add_argument('--pose_detector_checkpoint', default='./checkpoint/ControlNet/annotator/ckpts/body_pose_model.pth', type=str)
    parser.add_argument('--prompt', default='Close-up photo of the cool man and beautiful woman in surprised expressions as they accidentally discover a mysterious island while on vacation by the sea, 35mm photograph, film, professional, 4k, highly detailed.', type=str)
    parser.add_argument('--negative_prompt', default='noisy, blurry, soft, deformed, ugly', type=str)
    parser.add_argument('--seed', default=22, type=int)
    parser.add_argument('--suffix', default='', type=str)
    parser.add_argument('--segment_type', default='yoloworld', help='GroundingDINO or yoloworld', type=str)
    return parser.parse_args()

if __name__ == '__main__':
    args = parse_args()

    prompts = [args.prompt]*2
    prompts_tmp = copy.deepcopy(prompts)
    device = torch.device('cuda') if torch.cuda.is_available() else torch.device('cpu')
    download = OMG_download()
    main(device, args.segment_type)