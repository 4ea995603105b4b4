# change this to your HF token if you accessing private repos
# export HF_TOKEN=mytoken
export SAFE_DATASET_REPO=safe-challenge/safe-challenge-practice-dataset
# change this to your model that you want to test
export MODEL_REPO=safe-challenge/safe-example-submission
export DATASET_PATH=/tmp/data
export MODEL_PATH=/tmp/model

echo "STEP 2: downloading dataset"
python download_dataset.py
ls -R $DATASET_PATH

echo "STEP 3: downloading model"
python download_model.py
ls -R $MODEL_PATH

cd $MODEL_PATH
echo "STEP 4: running script.py"
python script.py

echo "output file"
cat "submission.csv"
