from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple


@dataclass
class RenderConfig:
    """Mesh renderer parameters."""
    train_grid_size: int = 2048
    eval_grid_size: int = 1024
    radius: float = 1.5
    overhead_range: float = 40
    front_range: float = 70
    front_offset: float = 0.0
    n_views: int = 8
    base_theta: float = 60
    views_before: List[Tuple[float, float]] = field(default_factory=[[180, 1], [180, 179]].copy)
    views_after: List[Tuple[float, float]] = field(default_factory=[[180, 150], [0, 150]].copy)
    alternate_views: bool = True


@dataclass
class GuideConfig:
    """Guidance parameters."""
    text: str = ""
    added_text: str = "{} view, best quality, extremely detailed, 8k, raw photo, highres"
    negative_text: str = "shadows, blobs, light reflections, lowres, worst quality, low quality"
    shape_path: str = None
    reference_image_path: str = None
    style_fidelity: float = 0.5
    # diffusion model to use
    diffusion_name: str = "v1-5-pruned-emaonly.safetensors"
    shape_scale: float = 0.6
    dy: float = 0.25
    texture_resolution: int = 1024
    texture_interpolation_mode: str = 'bilinear'
    reference_texture: Optional[Path] = None
    initial_texture: Optional[Path] = None
    use_background_color: bool = False
    background_img: str = 'textures/white_room.png'
    z_update_thr: float = 0.5
    use_refine: bool = True
    image_resolution: int = 512


@dataclass
class OptimConfig:
    seed: int = 0
    lr: float = 1e-2
    min_timestep: float = 0.02
    max_timestep: float = 0.98
    steps: int = 20


@dataclass
class LogConfig:
    exp_name: str
    exp_root: Path = Path('experiments/')
    save_interval: int = 100
    eval_only: bool = False
    full_eval_size: int = 100
    save_mesh: bool = True

    @property
    def exp_dir(self) -> Path:
        return self.exp_root / self.exp_name


@dataclass
class TrainConfig:
    log: LogConfig = field(default_factory=LogConfig)
    render: RenderConfig = field(default_factory=RenderConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    guide: GuideConfig = field(default_factory=GuideConfig)
