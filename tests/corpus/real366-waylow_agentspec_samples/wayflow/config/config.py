config_map = {
    "oci_region":"us-chicago-1",
    "compartment_id":"ocid1.tenancy.oc1..aaaaaaaa35pxyeeln5c6ocawgddr7owrrpj43gyy7uqd4n4nxzlgskqytcmq",
    "oci_auth_profile":"MR",
    "model":"meta.llama-3.3-70b-instruct",
    "generation_config":{"max_tokens": 256, "temperature": 0.7},
    "openai_model_id":"xai.grok-4-fast-non-reasoning"
}