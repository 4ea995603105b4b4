# model test
