import os
import time
from argparse import ArgumentParser
from functools import lru_cache

import flask
import torch
from flask import Blueprint, Flask, request
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

from globalvars import LANGS, MODEL

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

SRC_DEFAULT = 'eng_Latn'
TGT_DEFAULT = 'pol_Latn'

app = Flask(__name__)
bp = Blueprint('nmt', __name__, template_folder='templates', static_folder='static')


def render(*args, **kwargs):
    return flask.render_template(*args, environ=os.environ, **kwargs)


def add_routes(model_id=MODEL, src_default=SRC_DEFAULT, tgt_default=TGT_DEFAULT, **_):
    torch.set_grad_enabled(False)
    model = AutoModelForSeq2SeqLM.from_pretrained(model_id).to(device).eval()
    langs = list(LANGS)

    @lru_cache(maxsize=256)
    def tokenizer_for(src_lang=src_default):
        return AutoTokenizer.from_pretrained(model_id, src_lang=src_lang)

    @bp.route('/')
    def index():
        return render('base.html', src_langs=langs, tgt_langs=langs, model_id=model_id,
                      def_src_lang=src_default, def_tgt_lang=tgt_default)

    @bp.route("/translate", methods=["POST", "GET"])
    def translate():
        t0 = time.time()
        if request.method == 'GET':
            args = request.args
        elif request.headers.get('Content-Type') == 'application/json':
            args = request.json
        else:
            args = request.form
        src = args.get('src_lang') or src_default
        tgt = args.get('tgt_lang') or tgt_default
        tok = tokenizer_for(src_lang=src)
        batch = {k: v.to(device) for k, v in tok(args.get("source"), return_tensors="pt", padding=True).items()}
        out = model.generate(**batch, forced_bos_token_id=tok.convert_tokens_to_ids(tgt), max_length=80)
        return flask.jsonify(dict(source=args.get("source"), translation=tok.batch_decode(out, skip_special_tokens=True),
                                  src_lang=src, tgt_lang=tgt, took=time.time() - t0))


def cli():
    p = ArgumentParser()
    p.add_argument("-d", "--debug", action="store_true")
    p.add_argument("-p", "--port", type=int, default=8000)
    p.add_argument("-ho", "--host", default='0.0.0.0')
    return vars(p.parse_args())


opts = cli()
add_routes(**opts)
app.register_blueprint(bp, url_prefix=opts.get('base'))

if __name__ == "__main__":
    app.run(debug=opts["debug"], port=opts["port"], host=opts["host"])
