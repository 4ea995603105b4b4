# Configuration for the PDF layout extraction pipeline

input_dir: "input_pdfs"        # Folder containing PDFs to process
output_dir: "processed_jsonl"  # Folder to save output JSONL files
dpi: 300                       # DPI for PDF-to-image conversion
log_level: "INFO"              # Options: DEBUG, INFO, WARNING, ERROR
