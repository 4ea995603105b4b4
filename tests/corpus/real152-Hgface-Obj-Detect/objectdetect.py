from transformers import YolosImageProcessor, YolosForObjectDetection
import cv2


def object_detect(image):
    """Find COCO objects in one camera frame with YOLOS-tiny and draw them."""
    model = YolosForObjectDetection.from_pretrained('hustvl/yolos-tiny')
    image_processor = YolosImageProcessor.from_pretrained("hustvl/yolos-tiny")

    inputs = image_processor(images=image, return_tensors="pt")
    outputs = model(**inputs)

    # keep detections above 90% confidence
    results = image_processor.post_process_object_detection(outputs, threshold=0.9)[0]
    for score, label, box in zip(results["scores"], results["labels"], results["boxes"]):
        box = [round(i, 2) for i in box.tolist()]
        print(f"Detected {model.config.id2label[label.item()]} ({round(score.item(), 3)}) at {box}")
    return bbox(results, image, model)


def bbox(results, image, model):
    height, width, _ = image.shape
    for label, box in zip(results["labels"], results["boxes"]):
        x1, y1, x2, y2 = [round(i, 4) for i in box.tolist()]
        x1, y1, x2, y2 = int(x1 * width), int(y1 * height), int(x2 * width), int(y2 * height)
        cv2.rectangle(image, (x1, y1), (x2, y2), (255, 0, 0), 2)
        cv2.putText(image, model.config.id2label[label.item()], (x1, y2 - 10),
                    cv2.FONT_HERSHEY_SIMPLEX, 1.0, (255, 255, 255), 2)
    return image


def main():
    cam = cv2.VideoCapture(0)
    if not cam.isOpened():
        print("Could not open camera")
        exit(1)
    while True:
        ret, frame = cam.read()
        if not ret:
            continue
        cv2.imshow("image", object_detect(frame))
        if cv2.waitKey(1) & 0xFF == ord('q'):
            break
    cv2.destroyAllWindows()
    cam.release()


if __name__ == "__main__":
    main()
