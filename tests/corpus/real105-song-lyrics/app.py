    def create_zip_archive(results_data):
        """Creates a zip archive of all result files."""
        zip_filepath = "/tmp/results.zip"
        with zipfile.ZipFile(zip_filepath, 'w') as zipf:
            for filepath, data in results_data.items():
                results_filename = os.path.basename(filepath).replace(".json", "_results.json")
                results_json_string = json.dumps(data, indent=2)
                zipf.writestr(results_filename, results_json_string)
        return zip_filepath

    with gr.Blocks() as iface:
        progress_markdown = gr.Markdown(get_progress_text()) # Progress indication at the top
        gr.Markdown("# LLM song lyrics generation ranking")
        gr.Markdown("There are 5 files (each with 50 prompts) to compare. For each prompt, choose the better lyrics between Model A and Model B. After you complete all files and prompts, you can download the results.")
        prompt_output = gr.Textbox(label="Lyrics description", lines=3, interactive=False, max_lines=3) # Fixed lines for prompt

        with gr.Row(): # Row for side-by-side outputs
            with gr.Column(): # Column for Finetuned Output
                finetuned_output_box = gr.Textbox(label="Model A", lines=10, interactive=False, max_lines=10) # Fixed lines for finetuned
            with gr.Column(): # Column for Base Output
                base_output_box = gr.Textbox(label="Model B", lines=10, interactive=False, max_lines=10) # Fixed lines for base

        with gr.Row(): # Row for buttons
            finetuned_button = gr.Button("Model A is better")
            base_button = gr.Button("Model B is better")

        file_download_output = gr.DownloadButton(label="Download results", visible=False) # File output component

        def load_initial_file(files):
            if files:
                filepath = files[0] # Take the first file path from the list
                initialize_data(filepath)
                return display_prompt_and_responses(current_filepath, current_prompt_index) + (None,) # None for initial file download
            return "No file loaded.", "", "", get_progress_text(), None # None for initial file download

        # Initial display - needs to load the first file
        iface.load(
            load_initial_file,
            inputs=[gr.State(file_paths)], # Pass the list of filepaths as state
            outputs=[prompt_output, finetuned_output_box, base_output_box, progress_markdown, file_download_output] # Added file_download_output
        )

        # Button click events
        finetuned_button.click(
            fn=record_choice,
            inputs=[gr.State("finetuned")], # Pass "finetuned" string
            outputs=[prompt_output, finetuned_output_box, base_output_box, progress_markdown, file_download_output], # Added file_download_output
            api_name="choose_finetuned"
        )
        base_button.click(
            fn=record_choice,
            inputs=[gr.State("base")], # Pass "base" string
            outputs=[prompt_output, finetuned_output_box, base_output_box, progress_markdown, file_download_output], # Added file_download_output
            api_name="choose_base"
        )

    return iface

if __name__ == '__main__':
    json_files = ["./Qwen2.5-0.5B-song-lyrics-generation.json", "./SmolLM2-135M-song-lyrics-generation.json", "./SmolLM2-135M-Instruct-song-lyrics-generation.json", "./SmolLM2-360M-song-lyrics-generation.json", "./SmolLM2-360M-Instruct-song-lyrics-generation.json"]
    app = create_comparison_app(json_files)
    app.launch()
