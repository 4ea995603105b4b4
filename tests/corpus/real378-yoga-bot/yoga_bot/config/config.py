MODEL_NAME = 'google/gemma-2b'

PROMPT = """You are a fabulous yoga teacher. Please generate a yoga class ensuring that the flow between poses is natural for humans and they do not get hurt. The type of yoga should be """
