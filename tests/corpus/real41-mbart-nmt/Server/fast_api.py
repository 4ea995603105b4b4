import os
import sys
sys.path.append(os.path.dirname(os.path.abspath(os.path.dirname(__file__))))

import time
from io import BytesIO
from typing import List, Union

from fastapi import FastAPI, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from Translate.docx_translator import trans_with_preserving_form
from Translate.inference import Translator

par_dir = os.path.dirname(os.path.abspath('./'))
model_path = os.path.join(par_dir, 'FastModel/Ctrans-MBart/ctrans_fp16')
translator = Translator(model_path=model_path, model_type='Ctranslate2', device='cuda', device_index=[1, 2, 3],
                        max_length=240, batch_size=32)

app = FastAPI()

origins = [
    "http://10.17.23.228:14001"
]

app.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=True,
                   allow_methods=["*"], allow_headers=["*"])


class Item(BaseModel):
    q: Union[str, List[str]]
    source: str
    target: str


@app.post("/")
async def translate(item: Item):
    req = dict(item)
    queries = [req['q']] if isinstance(req['q'], str) else req['q']
    start = time.time()
    translated = translator.generate([q.strip() for q in queries], src_lang=req['source'], tgt_lang=req['target'])
    print(f"\nElapsed time for translating query : {time.time() - start}\n")
    return {'translatedText': translated}


@app.post("/translate_docx")
async def translate_docx(docx_data: UploadFile, dest_lang: str):
    '''translate a .docx while preserving its layout (korean, english)'''
    document = trans_with_preserving_form(uploaded_file=await docx_data.read(), translator=translator,
                                          dest_lang=dest_lang)
    file_obj = BytesIO()
    document.save(file_obj)
    file_obj.seek(0)
    return StreamingResponse(file_obj, media_type='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                             headers={'Content-Disposition': 'attachment; filename="document.docx"'})
