from dataclasses import dataclass

@dataclass
class TrainingConfig:
    # 模型配置
    model_name: str = "Qwen/Qwen2.5-1.5B-Instruct"  # 模型名称
    train_dataset_path: str = "data/converted_dataset.json"  # 训练数据集路径
    output_dir: str = "output/qwen-ft"  # 输出目录

    # 训练参数
    num_train_epochs: int = 2
    per_device_train_batch_size: int = 1
    gradient_accumulation_steps: int = 8
    learning_rate: float = 2e-5
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0

    # 保存和评估
    save_steps: int = 50
    eval_steps: int = 100
    logging_steps: int = 10

    seed: int = 42
    fp16: bool = True

config = TrainingConfig()
