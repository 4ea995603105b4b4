import locale
import time
import tkinter as tk
from configparser import ConfigParser

import pyautogui
import pyperclip
import pywinctl
from easynmt import EasyNMT

NMT_ENABLED = True  # switch off while working on the UI
AFTER_MS = 20

# Settings persisted in LlmTranslator.ini
ini_path = "LlmTranslator.ini"
cfg = ConfigParser()
cfg.add_section("general")
cfg.add_section("ui")
cfg.read(ini_path)

# choices: mbart50_m2m, mbart50_m2en
to_en_model = cfg.get("general", "m2en_model_name", fallback="mbart50_m2m")
# choices: mbart50_m2m, mbart50_en2m
from_en_model = cfg.get("general", "en2m_model_name", fallback="mbart50_m2m")
device = cfg.get("general", "nmt_device", fallback="cuda")  # cuda or cpu
max_len = cfg.getint("general", "nmt_max_length", fallback=8192)
compare_m2m = cfg.getboolean("general", "m2m_test", fallback=False)

send_key = cfg.get("ui", "send_key", fallback="F1")
recv_key = cfg.get("ui", "recv_key", fallback="F2")
dark_fg = cfg.get("ui", "dark_col_fg", fallback="#CCCCCC")
dark_bg = cfg.get("ui", "dark_col_bg", fallback="#222222")

BACKENDS = {
    "KoboldCpp": {"window_title": "KoboldAI Lite"},
    "TxtGenWebUi": {"window_title": "Text generation web UI"},
}


def find_backend_window(name):
    title = BACKENDS[name]["window_title"]
    found = pywinctl.getWindowsWithTitle(title, condition=pywinctl.Re.CONTAINS)
    return found[0] if found else None


def load(model_name):
    print(f"{model_name}: loading...")
    t0 = time.perf_counter()
    nmt = EasyNMT(model_name, device=device) if NMT_ENABLED else None
    print(f"{model_name}: loaded in {time.perf_counter() - t0:.1f}s")
    return nmt


if compare_m2m:
    to_en_model = "mbart50_m2en"
    from_en_model = "mbart50_en2m"
    m2m = load("mbart50_m2m")

to_en = load(to_en_model)
from_en = to_en if to_en_model == from_en_model else load(from_en_model)

lang = cfg.get("general", "lang", fallback=locale.getdefaultlocale()[0][:2])


def to_english(text):
    if not NMT_ENABLED:
        return text
    return to_en.translate(text, source_lang=lang, target_lang="en", max_length=max_len)


def from_english(text):
    if not NMT_ENABLED:
        return text
    return from_en.translate(text, source_lang="en", target_lang=lang, max_length=max_len)


def send_to_llm(text):
    english = to_english(text)
    win = find_backend_window("KoboldCpp") or find_backend_window("TxtGenWebUi")
    if win is None:
        return None
    win.activate(wait=True)
    pyperclip.copy(english)
    pyautogui.hotkey("ctrl", "v")
    pyautogui.press("enter")
    return english


def save():
    cfg["general"]["lang"] = lang
    cfg["general"]["m2en_model_name"] = to_en_model
    cfg["general"]["en2m_model_name"] = from_en_model
    cfg["general"]["nmt_device"] = device
    with open(ini_path, "w") as fh:
        cfg.write(fh)


window = tk.Tk()
window.title(f"LLM Translator [{send_key}] send, [{recv_key}] receive")
