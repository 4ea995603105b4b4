import openai
import base64
import os
import cv2


class gpt_api():
    def __init__(self):

        openai.api_key = os.getenv("OPENAI_API_KEY")

    def cv_image_to_base64(self,cv_image):

        """Encode OpenCV image (BGR) to base64 string (PNG format)."""
        success, buffer = cv2.imencode('.png', cv_image)
        if not success:
            raise RuntimeError("Failed to encode image to .png buffer")
        img_b64 = base64.b64encode(buffer).decode('utf-8')
        return img_b64

    def get_vlm_output(self,cv_img,instruction):
        
        img_b64= self.cv_image_to_base64(cv_img)
        prompt = self.generate_prompt(instruction)

        response = openai.chat.completions.create(
            model="gpt-4-turbo",
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": prompt},
                        {
                            "type": "image_url",
                            "image_url": {
                                "url": f"data:image/png;base64,{img_b64}",
                                "detail": "auto"
                            }
                        }
                    ]
                }
            ],
            max_tokens=500,
            temperature=0.2,
        )

        output = response.choices[0].message.content
        return eval(output)  # Use json.loads() if GPT returns strict JSON