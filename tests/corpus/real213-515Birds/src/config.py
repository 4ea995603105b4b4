class Config:
    def __init__(self):
        self.num_epochs = 10
        self.batch_size = 32
        self.learning_rate = 0.001
        self.num_classes = 515
        self.model_name = "resnet50"
