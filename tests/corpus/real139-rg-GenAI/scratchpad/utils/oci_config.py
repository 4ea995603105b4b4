compartment_id = "ocid1.compartment.oc1..aaaaaaaaytnsu3rlusosd5qddb27uedggo3xlgr33cmq7kmjizmwdpzhgpya"
auth_profile = "oiccustomersuccess"
service_endpoint = "https://inference.generativeai.us-chicago-1.oci.oraclecloud.com"
embeddings_model_id = "cohere.embed-english-v3.0"
llm_model_id = "cohere.command-r-08-2024"
llm_model_kwargs = {"temperature": 0, "top_p": 0.75, "max_tokens": 4000}
embeddings_model_kwargs = {"temperature": 0, "top_p": 0.75, "max_tokens": 512}
