MODEL = "gpt-5.1"
TEMPERATURE = 0
MAX_HISTORY = 3
RETRY_COUNT = 3

TITLE = "Page title: short title for the page that appears in browser tab and search engine results - max 60 characters"
META_DESCRIPTION = "Meta description: SEO snippet - max 155 characters"
HEADLINE = "Headline: Main visible headline on the page"
FULL_DESCRIPTION = "Full property description: Rich, engaging paragraph with all key features (each feature should start from new line without any indentation) - between 500-700 characters"
KEY_FEATURES = "Key features list: 3-5 short features"
SUMMARY = "Neighborhood Summary: One paragraph with lifestyle and area information"
ACTION = "Call to action: Short closing line encouraging the user to act"
