import argparse
import os


class Options:
    def __init__(self):
        self.parser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter)
        self.add_all()

    def add_all(self):
        p = self.parser
        # io
        p.add_argument("--output_dir", type=str, default="./checkpoint/my_experiments", help="where models are saved")
        p.add_argument("--train_data", nargs="+", default=[], help="directories of tokenized tensor shards")
        p.add_argument("--eval_data", nargs="+", default=[])
        p.add_argument("--eval_datasets", nargs="+", default=[], help="BEIR datasets for evaluation")
        p.add_argument("--eval_datasets_dir", type=str, default="./")
        p.add_argument("--model_path", type=str, default="none", help="checkpoint to resume from")
        p.add_argument("--continue_training", action="store_true")
        p.add_argument("--num_workers", type=int, default=5)

        # data
        p.add_argument("--chunk_length", type=int, default=256)
        p.add_argument("--loading_mode", type=str, default="split")
        p.add_argument("--sampling_coefficient", type=float, default=0.0)
        p.add_argument("--augmentation", type=str, default="none")
        p.add_argument("--prob_augmentation", type=float, default=0.0)
        p.add_argument("--ratio_min", type=float, default=0.1)
        p.add_argument("--ratio_max", type=float, default=0.5)
        p.add_argument("--crop_method", type=str, default="normal")

        # model
        p.add_argument("--dropout", type=float, default=0.1)
        p.add_argument("--contrastive_mode", type=str, default="moco")
        p.add_argument("--queue_size", type=int, default=65536)
        p.add_argument("--temperature", type=float, default=1.0)
        p.add_argument("--momentum", type=float, default=0.999)
        p.add_argument("--projection_size", type=int, default=768)
        p.add_argument("--score_function", type=str, default="dot")
        p.add_argument("--retriever_model_id", type=str, default="bert-base-uncased")
        p.add_argument("--pooling", type=str, default="average")
        p.add_argument("--random_init", action="store_true")

        # optimisation
        p.add_argument("--per_gpu_batch_size", default=64, type=int)
        p.add_argument("--per_gpu_eval_batch_size", default=256, type=int)
        p.add_argument("--total_steps", type=int, default=1000)
        p.add_argument("--warmup_steps", type=int, default=-1)
        p.add_argument("--local_rank", type=int, default=-1)
        p.add_argument("--main_port", type=int, default=10001, help="master port for multi-node SLURM jobs")
        p.add_argument("--seed", type=int, default=0)
        p.add_argument("--optim", type=str, default="adamw")
        p.add_argument("--scheduler", type=str, default="linear")
        p.add_argument("--lr", type=float, default=1e-4)
        p.add_argument("--weight_decay", type=float, default=0.01)
        p.add_argument("--save_freq", type=int, default=50000)

        # fine-tuning
        p.add_argument("--negative_ctxs", type=int, default=1)
        p.add_argument("--negative_hard_ratio", type=float, default=0.0)

    def print_options(self, opt):
        lines = []
        for k, v in sorted(vars(opt).items()):
            d = self.parser.get_default(k)
            note = f"\t[default: {d}]" if v != d else ""
            lines.append(f"{k:>40}: {str(v):<40}{note}")
        msg = "\n".join(lines)
        print(msg, flush=True)
        os.makedirs(os.path.join(opt.output_dir, "models"), exist_ok=True)
        with open(os.path.join(opt.output_dir, "opt.txt"), "wt") as fh:
            fh.write(msg + "\n")

    def parse(self):
        opt, _ = self.parser.parse_known_args()
        return opt
