#!/bin/bash
# rebuild the lambda bundle and push it

rm -rf requirements.txt telegram_bot_lambda.zip package/

pipreqs . --savepath requirements_tmp.txt
sed '/boto3/d' requirements_tmp.txt > requirements.txt
rm requirements_tmp.txt

pip install -r requirements.txt -t ./package/
cp lambda.py package/
(cd package && zip -r ../telegram_bot_lambda.zip .)

aws s3 cp telegram_bot_lambda.zip s3://$S3_TGBOT_BUCKET/$S3_TGBOT_LAMBDA
aws lambda update-function-code --function-name $AWS_TGBOT_LAMBDA_NAME \
    --s3-bucket $S3_TGBOT_BUCKET --s3-key $S3_TGBOT_LAMBDA

if [ $? -eq 0 ]; then
    echo "$(date '+%Y-%m-%d %H:%M:%S'): deployment completed"
else
    echo "something went wrong"
fi
