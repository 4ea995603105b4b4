from flask import Flask, render_template, request

from Abhyas.keyword_extraction import get_keywords
from Abhyas.question_generation import get_question
from Abhyas.summary_bart import get_summary
from Abhyas.wrong_option_generation import get_distractors

app = Flask(__name__)


@app.route("/get-MCQ", methods=["GET", "POST"])
def a():
    if request.method == "GET":
        return render_template("index.html")
    data = request.get_json()
    raw_text = data["raw_text"]
    summary_text = get_summary(raw_text)
    keywords = get_keywords(raw_text, summary_text, 10)
    questions = [get_question(summary_text, answer) for answer in keywords]
    options = [get_distractors(keywords[i], questions[i], 40, 0.2) for i in range(len(keywords))]
    return {"Question1": questions, "Answer": [k.capitalize() for k in keywords], "Option": options}


if __name__ == "__main__":
    app.run(debug=True)
