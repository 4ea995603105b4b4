cargo run -- `
--file-path-txt "files.txt" `
--embed `
--caption `
--embedding-model "nomic-ai/nomic-embed-vision-v1" `
--captioning-model "nomic-ai/nomic-embed-text-v1" `
--prompt-txt "prompt.txt"
