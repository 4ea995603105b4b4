# ==================== 메인 학습 루프 ====================


def main():
    print("=" * 70)
    print("문장 순서 예측 모델 학습")
    print("=" * 70)

    # 하이퍼파라미터
    # 2025-11-07, 김병현 수정 - 메모리 절약을 위한 설정 조정
    BATCH_SIZE = 2  # 8 → 2 (메모리 부족 방지)
    LEARNING_RATE = 2e-5
    EPOCHS = 20  # 10 → 20 (성능 향상을 위해 증가)
    MAX_SENTENCES = 12  # 데이터셋에 12개 문장까지 있음
    MAX_LENGTH = 64  # 128 → 64 (문장이 짧으므로 줄임)
    TRAIN_SPLIT = 0.8
    GRADIENT_ACCUMULATION_STEPS = 4  # 실질적 배치 크기 = 2 × 4 = 8

    # Device 설정
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    print(f"\n✅ Device: {device}")

    # 토크나이저 로드
    print("✅ 토크나이저 로드 중...")
    tokenizer = KoBERTTokenizer.from_pretrained("skt/kobert-base-v1")

    # 데이터셋 로드
    print("✅ 데이터셋 로드 중...")
    dataset = SentenceOrderDataset(
        "data/sentence_order_dataset.json", tokenizer, max_length=MAX_LENGTH
    )
    print(f"   전체 데이터: {len(dataset)}개")

    # Train/Val 분할
    train_size = int(len(dataset) * TRAIN_SPLIT)
    val_size = len(dataset) - train_size
    train_dataset, val_dataset = torch.utils.data.random_split(
        dataset, [train_size, val_size]
    )
    print(f"   학습 데이터: {train_size}개")
    print(f"   검증 데이터: {val_size}개")

    # DataLoader
    train_loader = DataLoader(
        train_dataset, batch_size=BATCH_SIZE, shuffle=True, collate_fn=collate_fn
    )
    val_loader = DataLoader(
        val_dataset, batch_size=BATCH_SIZE, shuffle=False, collate_fn=collate_fn
    )

    # 모델 초기화
    print("✅ 모델 초기화 중...")
    model = SentenceOrderPredictor(
        max_sentences=MAX_SENTENCES, hidden_size=768, dropout=0.1
    ).to(device)

    # 기존 모델이 있으면 로드 (이어서 학습)
    # 2025-11-07, 김병현 수정 - 이어서 학습 기능 추가
    import os

    pretrained_model_path = "models/sentence_order_model_best.pt"
    if os.path.exists(pretrained_model_path):
        print(f"   🔄 기존 모델 발견: {pretrained_model_path}")
        print(f"   📥 기존 모델 로드 중... (이어서 학습)")
        model.load_state_dict(torch.load(pretrained_model_path, map_location=device))
        print(f"   ✅ 기존 모델 로드 완료!")
    else:
        print(f"   🆕 새로운 모델 생성")
