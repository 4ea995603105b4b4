python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset imdb --dataset_key text

python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset rotten_tomatoes --dataset_key text

python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset cnn_dailymail

python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset xnli_french


python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset xnli_spanish




python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset xnli_english


python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset xnli_german

python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset amazon_home


python load_data.py --output_name main --base_model_name gpt2 --mask_filling_model_name t5-small --n_perturbation_list 1 --n_samples 150 --pct_words_masked 0.3 --span_length 2  --dataset german
