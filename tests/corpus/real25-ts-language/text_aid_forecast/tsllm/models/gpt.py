import os

import openai
import tiktoken
import torch

openai.api_key = os.environ['OPENAI_API_KEY']
openai.api_base = os.environ["OPENAI_API_BASE"]

openai.api_version = "2023-09-01-preview"
openai.api_type = "azure"
DEPLOYMENT = "gpt-4"


class GPTmodel(torch.nn.Module):
    '''
        This script references https://github.com/ngruver/llmtime and https://arxiv.org/pdf/2310.07820.pdf.
    '''
    def __init__(self, config):
        super().__init__()
        self.task = config.experiment.task
        self.settings = config.model.settings
        self.model_name = config.model.name

    def run(self, input_str, description, steps, batch_size, num_samples, temp):
        if self.task == 'forecast':
            return self.forecast(input_str, description, steps, num_samples, temp)

    def forecast(self, input_str, description, steps, num_samples, temp):
        avg_tokens_per_step = len(self.tokenize_fn(input_str, self.model_name)) / len(input_str.split(self.settings['time_sep']))
        sys_message = "You are a helpful assistant that performs time series predictions."
        if description != '':
            description = "This is the description of the time series you are predicting: " + description
        response = openai.ChatCompletion.create(
            model=self.model_name,
            # model='gpt4-1106',
            deployment_id=DEPLOYMENT,
            messages=[
                {"role": "system", "content": sys_message},
                {"role": "user", "content": description + input_str + self.settings['time_sep']},
            ],
            max_tokens=int(avg_tokens_per_step * steps),
            temperature=temp,
            logit_bias=self.get_logit_bias(),
            n=num_samples,
        )
        return [choice.message.content for choice in response.choices]

    def get_logit_bias(self):
        allowed = [self.settings['bit_sep'] + str(i) for i in range(self.settings['base'])]
        allowed += [self.settings['time_sep'], self.settings['plus_sign'], self.settings['minus_sign']]
        allowed = [t for t in allowed if len(t) > 0]
        if self.model_name not in ['gpt-3.5-turbo', 'gpt-4']:  # logit bias not supported for chat models
            return {id: 30 for id in self.get_allowed_ids(allowed, self.model_name)}
        return {}

    def tokenize_fn(self, text, model):
        return tiktoken.encoding_for_model(model).encode(text)

    def get_allowed_ids(self, strs, model):
        encoding = tiktoken.encoding_for_model(model)
        return [i for s in strs for i in encoding.encode(s)]
