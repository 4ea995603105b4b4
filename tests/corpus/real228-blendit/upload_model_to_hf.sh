# --- 🚧 UNDER CONSTRUCTION 🚧 --- #
# This script is a work in progress and is not yet functional
# In summary, the script will upload a model to the Hugging Face model hub
# The script will require the user to have an access token and write permission to the Hugging Face model hub
# The script will also require the user to have the Hugging Face CLI installed
# The script will require the user to have a Hugging Face account
# The script will require the user to have a model directory to upload
# The script will require the user to have a Hugging Face username
# The script will require the user to have a model name

# log in to huggingface with an access token (must have write permission)
huggingface-cli login

# upload your model
huggingface-cli upload your_hf_username/my-cool-model ./output-model-directory .
