from datasets import load_dataset


class DataConnector:

    @staticmethod
    def get_data(path, split, sample_size=1000, start=0):
        # pull a slice of the train split from the Hub
        return load_dataset(path, split=f'train[{start}:{start + sample_size}]', trust_remote_code=True)
