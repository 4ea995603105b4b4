The command {{ predict_command }} returned the following error:

{{ error }}

Given the predict.py and cog.yaml files above, diagnose whether the error occurred because of an error in predict.py, an error in cog.yaml, or an error in the cog predict command. Only output the string {{ ERROR_COG_PREDICT }} or {{ ERROR_PREDICT_PY }} or {{ ERROR_COG_YAML }}. Don't output anything else since I intend to parse the output and use it in a programmatic pipeline.
