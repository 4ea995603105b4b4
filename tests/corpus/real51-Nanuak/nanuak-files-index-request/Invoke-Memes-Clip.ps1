cargo run -- `
--file-path-txt "files.txt" `
--embed `
--caption `
--embedding-model "openai/clip-vit-base-patch32" `
--captioning-model "Salesforce/blip-image-captioning-large" `
--prompt-txt "prompt.txt"
