import requests
import streamlit as st


class ImageClassifier:
    def image_classifier_api(self, image):
        token = st.session_state.access_token
        try:
            API_URL = "https://api-inference.huggingface.co/models/google/vit-base-patch16-224"
            headers = {"Authorization": f"Bearer {token}"}
            with open("/content/downloaded_image.jpg", "rb") as f:
                response = requests.post(API_URL, headers=headers, data=f.read())
            return response.json()[0]
        except requests.ConnectionError:
            st.error("Connection error")
        except requests.RequestException:
            st.error("Request exception")

    def image_classifier(self):
        st.subheader("Image Classification")
        with st.expander("Model Description"):
            st.markdown("""Image classification model (google/vit-base-patch16-224): predicts labels and
                        scores for the image you provide.""")
        st.divider()
        image = st.file_uploader(type=[".png", ".jpeg", ".jpg"], label="Upload Image")
        if st.button("Classify"):
            self.image_classifier_api(image)
