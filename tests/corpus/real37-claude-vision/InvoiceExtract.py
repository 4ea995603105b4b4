import json

import boto3


def encode_image(image_path):
    with open(image_path, "rb") as image_file:
        return image_file.read()


# a single tool, forced, so the answer is always structured
tools = [
    {
        "toolSpec": {
            "name": "extract_invoice_info",
            "description": "Extracts key information from the invoice.",
            "inputSchema": {
                "json": {
                    "type": "object",
                    "properties": {
                        "expense_type": {"type": "string", "description": "ONLY one of hotel, food, transportation, others"},
                        "invoice_number": {"type": "string", "description": "The invoice number."},
                        "invoice_date": {"type": "string", "description": "Invoice date, yyyy-MM-dd."},
                        "total_amount": {"type": "string", "description": "Total amount, numbers only."},
                        "currency": {"type": "string", "description": "Currency symbol such as CNY/USD/HKD/KRW."},
                    },
                    "required": ["expense_type", "invoice_number", "invoice_date", "total_amount", "currency"],
                }
            },
        }
    }
]


def extract_invoice_info(image_path):
    image_bytes = encode_image(image_path)
    prompt = """
    Analyze the invoice image and extract: invoice number, invoice date, total amount,
    expense type and currency. Use the extract_invoice_info tool; if a value is missing return null.
    """
    br = boto3.client('bedrock-runtime', region_name='us-west-2')
    return br.converse(
        modelId='anthropic.claude-3-sonnet-20240229-v1:0',
        messages=[
            {
                "role": "user",
                "content": [
                    {"text": prompt},
                    {"image": {"format": "jpeg", "source": {"bytes": image_bytes}}},
                ],
            }
        ],
        inferenceConfig={"maxTokens": 4096},
        toolConfig={"tools": tools, "toolChoice": {"tool": {"name": "extract_invoice_info"}}},
    )


def parse_claude_response(response):
    for content in response['output']['message']['content']:
        if 'toolUse' in content:
            return content['toolUse']['input']
    return None


def main():
    image_path = './InvoiceImages/case007.jpg'
    output_file = 'invoice_extract.json'
    entities = parse_claude_response(extract_invoice_info(image_path))
    with open(output_file, 'w') as f:
        json.dump(entities, f, indent=2)
    print(json.dumps(entities, indent=2))


if __name__ == "__main__":
    main()
