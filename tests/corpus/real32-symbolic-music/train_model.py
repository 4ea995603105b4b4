import logging
import os
from pathlib import Path

import pandas as pd
import torch
import torch.nn as nn
import torch.optim as optim
from miditok import REMI, TokenizerConfig
from tokenizers import Tokenizer
from torch.optim.lr_scheduler import LambdaLR
from torch.utils.data import DataLoader
from tqdm import tqdm

from chord_to_midi_dataset import ChordMidiDataset
from models import Chord2MidiTransformer, ChordEncoder, RemiDecoder

bass_or_melody = "bass"


def main():
    logging.basicConfig(filename=f'chord2{bass_or_melody}_train_log.log', level=logging.INFO)

    checkpoints_loc = f'chord2{bass_or_melody}_train_checkpoints'
    os.makedirs(checkpoints_loc, exist_ok=True)

    TOKENIZER_PARAMS = {
        "pitch_range": (21, 109),
        "beat_res": {(0, 4): 8, (4, 12): 4},
        "num_velocities": 32,
        "special_tokens": ["PAD", "BOS", "EOS", "MASK"],
        "use_chords": False,
        "use_tempos": True,
        "num_tempos": 32,
        "tempo_range": (40, 250),
    }
    midi_tokenizer = REMI(TokenizerConfig(**TOKENIZER_PARAMS))
    chord_tokenizer = Tokenizer.from_file("test_chord_tokenizer.json")

    train_df = pd.read_csv("test_chords_edited.csv")
    midis_we_have = list(Path(f'new_simplified_{bass_or_melody}_files_c_midi').resolve().glob('*.mid'))
    midis_we_have = [item.name[:-22] for item in midis_we_have]
    train_df = train_df[train_df["long_name"].isin(midis_we_have)]
    train_dataset = ChordMidiDataset(
        train_df,
        midis_path=f"new_simplified_{bass_or_melody}_files_c_midi",
        midi_tokenizer=midi_tokenizer,
        chord_tokenizer=chord_tokenizer,
        bass_or_melody=bass_or_melody,
        max_length=128,
    )
    batch_size = 8
    train_dataloader = DataLoader(train_dataset, shuffle=True, batch_size=batch_size)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    encoder = ChordEncoder(chord_tokenizer.get_vocab_size(), d_model=256, num_layers=1, nhead=2)
    decoder = RemiDecoder(len(midi_tokenizer.vocab), d_model=256, num_layers=6, nhead=8)
    model = Chord2MidiTransformer(encoder, decoder).to(device)

    warmup_steps = 1000
    criterion = nn.CrossEntropyLoss(ignore_index=midi_tokenizer.pad_token_id)
    optimizer = optim.AdamW(model.parameters(), lr=1e-4)
    scheduler = LambdaLR(optimizer, lambda s: min(1.0, s / max(1, warmup_steps)))

    # model, optimizer, start_epoch = load_checkpoint(model, optimizer, "pretrain_checkpoints")
    num_epochs, save_every = 401, 50
    model.train()
    for epoch in range(num_epochs):
        epoch_loss = 0.0
        for batch in tqdm(train_dataloader, desc=f"Epoch {epoch + 1}/{num_epochs}"):
            input_ids, attn_mask, tgt = [x.to(device) for x in batch]
            tgt_input, tgt_target = tgt[:, :-1], tgt[:, 1:]
            logits = model(input_ids=input_ids, attention_mask=attn_mask, tgt=tgt_input,
                           tgt_key_padding_mask=(tgt_input == midi_tokenizer.pad_token_id))
            loss = criterion(logits.reshape(-1, logits.size(-1)), tgt_target.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            epoch_loss += loss.item()
        print(f"Epoch {epoch} loss {epoch_loss / len(train_dataloader):.4f}")
        if epoch % save_every == 0:
            checkpoint_path = f"{checkpoints_loc}/chord2{bass_or_melody}_epoch_{epoch}.pt"
            torch.save({"epoch": epoch, "model_state_dict": model.state_dict()}, checkpoint_path)


if __name__ == "__main__":
    main()
