    # Load the dataset from the TSV files. The `load_dataset` function is a powerful utility from the `datasets` library.
    common_voice = load_dataset(
        "csv",
        data_files={
            "train": "cv-corpus-24.0-2025-12-05/hi/train.tsv",
            "validation": "cv-corpus-24.0-2025-12-05/hi/dev.tsv",
            "test": "cv-corpus-24.0-2025-12-05/hi/test.tsv",
        },
        sep="\t",
        features=features,
    )

    def prepend_clips_path(sample):
        # The 'path' column in the TSV file contains only the filename.
        # This function prepends the full path to the audio clips, making the 'path' column a usable file path.
        sample["path"] = os.path.join(
            "cv-corpus-24.0-2025-12-05/hi/clips", sample["path"]
        )
        return sample

    # Apply the function to all splits of the dataset using the `.map()` method.
    common_voice = common_voice.map(
        prepend_clips_path,
        num_proc=os.cpu_count(),  # pyright: ignore[reportCallIssue]
    )

    # Remove columns that are not needed for training to keep the dataset clean and efficient.
    common_voice = common_voice.remove_columns(
        [
            "accents",
            "age",
            "client_id",
            "down_votes",
            "gender",
            "locale",
            "segment",
            "up_votes",
            "sentence_id",
            "sentence_domain",
            "variant",
        ]
    )

    # Load the Whisper feature extractor, tokenizer, and processor from the pretrained "openai/whisper-small" model.
    # The feature extractor preprocesses audio data into a format expected by the model (log-Mel spectrograms).
    feature_extractor = WhisperFeatureExtractor.from_pretrained("openai/whisper-small")
    # The tokenizer converts text into a sequence of tokens.
    tokenizer = WhisperTokenizer.from_pretrained(
        "openai/whisper-small", language="Hindi", task="transcribe"
    )
    # The processor conveniently wraps the feature extractor and tokenizer into a single object.
    processor = WhisperProcessor.from_pretrained(
        "openai/whisper-small", language="Hindi", task="transcribe"
    )
    processor.save_pretrained(  # pyright: ignore[reportAttributeAccessIssue]
        save_directory=model_dir,
    )

    # Rename the 'path' column to 'audio' and cast it to the `Audio` type.
    # This tells `datasets` to load the audio file and resample it to 16kHz on the fly.
    common_voice = common_voice.rename_column("path", "audio")
    common_voice = common_voice.cast_column("audio", Audio(sampling_rate=16000))

    def prepare_dataset(batch):
        # This function prepares a single batch of data for training.
        # It loads and resamples the audio data.
        audio = batch["audio"]

        # It computes the log-Mel spectrogram input features from the audio array.
        batch["input_features"] = feature_extractor(
            audio["array"], sampling_rate=audio["sampling_rate"]
        ).input_features[0]

        # It encodes the target text (sentence) to a sequence of label IDs.
        batch["labels"] = tokenizer(batch["sentence"]).input_ids
        return batch

    # Get the number of available CPU cores to use for multiprocessing.
    num_cpu_cores = os.cpu_count()
    # Apply the `prepare_dataset` function to all examples in the dataset.
    # The `remove_columns` argument removes the original columns after processing.
    common_voice = common_voice.map(
        prepare_dataset,
        remove_columns=common_voice.column_names["train"],  # type: ignore
        num_proc=num_cpu_cores,
    )

    # Load the pretrained Whisper model for conditional generation.
    if args.do_train:
        model = WhisperForConditionalGeneration.from_pretrained("openai/whisper-small")
    else:
        print(f"Loading model from {model_dir} for evaluation")
        model = WhisperForConditionalGeneration.from_pretrained(model_dir)
