from SoundCodec import codec
import datasets


def load_codecs():
    return {code: codec.load_codec(code) for code in codec.list_codec()}


def load_dataset():
    dataset = datasets.load_dataset("openslr/librispeech_asr")
    return dataset


def filter_by_duration(dataitem, sample_rate=16000, max_duration=7):
    return len(dataitem['audio']['array']) / sample_rate <= max_duration


def extract_units(item, codec_dict):
    for codec_name, codec_instance in codec_dict.items():
        item[f'{codec_name}_unit'] = codec_instance.extract_unit(item).unit.cpu().numpy()
    return item


def main():
    codec_dict = load_codecs()
    dataset = load_dataset()
    filtered = dataset.filter(lambda x: filter_by_duration(x))
    processed = filtered.map(lambda x: extract_units(x, codec_dict))
    # Push the processed dataset to the Hugging Face Hub
    processed.push_to_hub("voidful/librispeech_codec")


if __name__ == "__main__":
    main()
