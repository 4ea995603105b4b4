import cv2
import numpy as np
from tensorflow.keras.models import load_model
from utils import plot_grad_cam  # Grad-CAM helper


def predict_image(image_path, model_path, label_map, visualize_grad_cam=False):
    """Loads model, processes image, and predicts disease class."""
    model = load_model(model_path)

    img = cv2.imread(image_path)
    img = cv2.resize(img, (224, 224))
    img_array = np.expand_dims(img, axis=0) / 255.0

    pred = model.predict(img_array)[0]
    predicted_class = int(np.argmax(pred))
    confidence = pred[predicted_class]
    class_name = {v: k for k, v in label_map.items()}[predicted_class]

    if visualize_grad_cam:
        plot_grad_cam(model, img_array)

    return class_name, confidence

# Example Usage:
# label_map = {"Healthy": 0, "Disease1": 1, "Disease2": 2}
# class_name, confidence = predict_image("test_leaf.jpg", "model/leaf_model.h5", label_map, visualize_grad_cam=True)
# print(f"Predicted: {class_name}, Confidence: {confidence:.2f}")
