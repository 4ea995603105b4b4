# Databricks notebook source
# MAGIC %md
# MAGIC This notebook is available at https://github.com/databricks-industry-solutions/review-summarisation.

# COMMAND ----------

# MAGIC %md
# MAGIC # Prompt Engineering
# MAGIC We have prepped our data, and it is ready for summarisation. In this notebook, we are going to cover how we can create prompts to use with an LLM to summarise the reviews we have batched.
# MAGIC
# MAGIC There many, many models which we can pick and choose from in the open source community. Huggingface hosts most of these on their hub, and the great thing is, they have more or less standardised the way to interact with these models, so we can use most of them with slight changes to our code.
# MAGIC
# MAGIC So, what should we pay attention to while choosing our model ?
# MAGIC
# MAGIC First, lets talk about model size. When you hear about a LLM, you would usually see that it comes with a parameter value. This can be something like 7 Billion parameters, 13, 30, 70, etc.. What does this mean ? This value tells us about how many configurable/trainable parameters a model has, which can tell us about its capacity to understand things. The bigger the model, the more complex tasks it can complete. However, as their size increase, so does their computation requirements: they tend to require more resources to operate. Therefore, picking the smallest size that can do the work is the best way to start. In our case, summarisation can be done by 7B models, so we are going to option for those.
# MAGIC
# MAGIC Then, we need to pick a model which can follow instructions. What does that mean ? Lets take a look at two examples:
# MAGIC
# MAGIC * [MPT-7B-Base Model](https://huggingface.co/mosaicml/mpt-7b)
# MAGIC * [MPT-7B-Instruct Model](https://huggingface.co/mosaicml/mpt-7b-instruct)
# MAGIC
# MAGIC Mosaic's 7B Base model is a pre-trained model, however it has not been fine-tuned for a specific task. It would be a great candidate if we wanted to fine-tune it for a specific task which we have training data for. Where as the Instruct model has been trained on a Instructions dataset, and is more ready to follow instructions. 
# MAGIC
# MAGIC Given this, selecting the instruct model makes more sense, which we will cover in this notebook.
# MAGIC
# MAGIC Lets begin!

# COMMAND ----------

# MAGIC %md
# MAGIC ### Set Up
# MAGIC Our model requires some specific libraries to be present in the runtime. We can install them using the commands below. This is definitely a good way to start, however, if you are thinking about setting up a cluster which you will continuously use with a model as such, another good way to approach library installation can be to specify the libraries you want within your cluster's configuration page.
# MAGIC
# MAGIC For this part of project, we are going to need a GPU enabled instance.
# MAGIC
# MAGIC Our set up for this notebook is:
# MAGIC * Runtime: DBR 13.2 ML + GPU
# MAGIC * Compute (Single Node): 
# MAGIC   * Required: GPU Compute with minimum **25 GB GPU RAM**
# MAGIC   * Suggested: Nvidia A10 or A100 GPU 
# MAGIC   * Azure Example: `NC25ads_A100_v4`

# COMMAND ----------

# MAGIC %sh
# MAGIC # Check out our driver's GPU
# MAGIC nvidia-smi

# COMMAND ----------

# Install libraries
%pip install -q flash-attn
%pip install -q xformers
%pip install -q torch==2.0.1
%pip install -q triton-pre-mlir@git+https://github.com/vchiley/triton.git@triton_pre_mlir_sm90#subdirectory=python

# Restart Python Kernel
dbutils.library.restartPython()

# COMMAND ----------

# MAGIC %md
# MAGIC ### Data Setup
# MAGIC
# MAGIC Lets set the global variables and the default catalogs/schemas we are going to use in this notebook.

# COMMAND ----------

# Imports
from config import CATALOG_NAME, SCHEMA_NAME, USE_UC, USE_VOLUMES

# If UC is enabled
if USE_UC:
    _ = spark.sql(f"USE CATALOG {CATALOG_NAME};")

# Sets the standard database to be used in this notebook
_ = spark.sql(f"USE SCHEMA {SCHEMA_NAME};")


# Create a Volume (Optional, skip if no-UC)
if USE_VOLUMES:
    _ = spark.sql("CREATE VOLUME IF NOT EXISTS model_store;")

# COMMAND ----------

# MAGIC %md
# MAGIC ### Paths Setup
# MAGIC
# MAGIC We are going to create or specify another location which we are going to use for saving our models to.

# COMMAND ----------

# Import the OS system to declare a ENV variable
from config import MAIN_STORAGE_PATH
import os

# Setting up the storage path (please edit this if you would like to store the data somewhere else)
main_storage_path = f"{MAIN_STORAGE_PATH}/model_store"

# Declaring as an Environment Variable 
os.environ["MAIN_STORAGE_PATH"] = main_storage_path

# COMMAND ----------

# MAGIC %md
# MAGIC ### Read Data
# MAGIC Our primary dataset is going to be the batched book reviews which we created in the last notebook

# COMMAND ----------

# Read our main dataframe
batched_reviews_df = spark.read.table("batched_book_reviews")

# COMMAND ----------

# MAGIC %md
# MAGIC ### LLM Pipeline
# MAGIC
# MAGIC We have selected the [MPT-7B-Instruct Model](https://huggingface.co/mosaicml/mpt-7b-instruct) model for this specific task, which was built by our friends from [Mosaic ML](https://www.mosaicml.com/). The model it self is very robust, has good performance and can take on summarisation tasks easily. It features a 30B parameter version as well, but that would probably be an overkill for our use case.
# MAGIC
# MAGIC Some other 7B models you can also check out are:
# MAGIC * [Falcon-7B-Instruct](https://huggingface.co/tiiuae/falcon-7b-instruct)
# MAGIC * [Llama-2-7B-Chat](https://huggingface.co/meta-llama/Llama-2-7b-chat-hf)
# MAGIC * [Stable-Beluga-7B](https://huggingface.co/stabilityai/StableBeluga-7B)
# MAGIC
# MAGIC
# MAGIC We are now going to use the the transformers library from hugging face to download & load the model.

# COMMAND ----------

# MAGIC %md
# MAGIC #### Download Model & Tokenizer
# MAGIC
# MAGIC In the first cell, we will download the tokenizer and the model to a local location. This step is not a deal breaker, but it speeds up the loading process of the model since it makes it so that we don't have to download it each time we need to use it.

# COMMAND ----------

# External Imports
from huggingface_hub.utils import (
    logging as hf_logging,
    disable_progress_bars as hfhub_disable_progress_bar,
)
from huggingface_hub import snapshot_download
import os

# Turn Off Info Logging for Transfomers
hf_logging.set_verbosity_error()
hfhub_disable_progress_bar()

# MPT-7B-Instruct revisions in https://huggingface.co/mosaicml/mpt-7b-instruct/commits/main
model_name = "mosaicml/mpt-7b-instruct"
model_revision_id = "925e0d80e50e77aaddaf9c3ced41ca4ea23a1025"

# Tokenizer revisions in https://huggingface.co/EleutherAI/gpt-neox-20b/commits/main
tokenizer_name = "EleutherAI/gpt-neox-20b"
tokenizer_revision_id = "9369f145ca7b66ef62760f9351af951b2d53b77f"

# Download the model
local_model_path = f"{main_storage_path}/mpt-7b-instruct/"
if os.path.isdir(local_model_path):
    print("Local model exists")
else:
    print(f"Downloading model to {local_model_path}")
    model_download = snapshot_download(
        repo_id=model_name,
        revision=model_revision_id,
        local_dir=local_model_path,
        local_dir_use_symlinks=False,
    )

# Download the tokenizer
local_tokenizer_path = f"{main_storage_path}/mpt-7b-tokenizer/"
if os.path.isdir(local_tokenizer_path):
    print("Local tokenizer exists")
else:
    print(f"Downloading tokenizer to {local_tokenizer_path}")
    tokenizer_download = snapshot_download(
        repo_id=tokenizer_name,
        revision=tokenizer_revision_id,
        local_dir=local_tokenizer_path,
        local_dir_use_symlinks=False,
    )

# COMMAND ----------

# MAGIC %md
# MAGIC #### Load & Build Pipeline
# MAGIC In the cell below, we will load the downloaded snapshots to the GPU and instantiate a pipeline which will encapsulate the tokenizer and the model to help with text generation.

# COMMAND ----------

# External Imports
from transformers import AutoTokenizer, AutoModelForCausalLM, AutoConfig
from transformers.utils import logging as t_logging
import transformers
import torch

# Turn Off Info Logging for Transformers
t_logging.set_verbosity_error()
t_logging.disable_progress_bar()

# MPT-7b-instruct revisions in https://huggingface.co/mosaicml/mpt-7b-instruct/commits/main
model_name = local_model_path
tokenizer_name = local_tokenizer_path

# Load model's config
config = AutoConfig.from_pretrained(model_name, trust_remote_code=True)
config.attn_config["attn_impl"] = "triton"
config.init_device = "cuda:0"

# Load model
model = AutoModelForCausalLM.from_pretrained(
    model_name,
    config=config,
    torch_dtype=torch.bfloat16,
    trust_remote_code=True,
)

# Load the tokenizer
tokenizer = AutoTokenizer.from_pretrained(tokenizer_name, padding_side="left")
tokenizer.pad_token_id = tokenizer.eos_token_id

# Build the pipeline
mpt_pipeline = transformers.pipeline(
    "text-generation",
    model=model,
    config=config,
    tokenizer=tokenizer,
    torch_dtype=torch.bfloat16,
    device=0,
)

# # Required tokenizer setting for batch inference
mpt_pipeline.tokenizer.pad_token_id = tokenizer.eos_token_id
