python ./datasets/dataloader.py 

python ./models/model.py

python ./train.py \
--dataset 'CIFAR10' \
--batch_size 50 \
--config configs.yaml \
