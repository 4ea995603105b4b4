# ---------------------------------
# Optional AI: rewrite day narrative (no new info)
# ---------------------------------
def ai_rewrite_day_narrative(plan_day: dict, summary: dict) -> str | None:
    api_key = os.getenv("OPENAI_API_KEY", "").strip()
    if not api_key:
        return None

    try:
        from openai import OpenAI
        client = OpenAI(api_key=api_key)
        model = os.getenv("OPENAI_MODEL", "gpt-4o-mini")

        payload = {
            "city": summary.get("City"),
            "pace": summary.get("Pace"),
            "transport": summary.get("Transport"),
            "day": plan_day.get("day"),
            "date": plan_day.get("date"),
            "timeline": [
                {
                    "start": t.get("start"),
                    "end": t.get("end"),
                    "name": (t.get("place") or {}).get("name"),
