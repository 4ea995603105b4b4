constant: big_query_model_name {
  value: "bqml-demo-sudipto.llm_bqml.llm_model"
}

constant: generate_text_table_name {
  value: "bqml-demo-sudipto.bqml_llm_trial.complaint_data"
}

constant: generate_text_primary_key {
  value: "complaint_id"
}

constant: generate_text_text_field {
  value: "consumer_complaint_narrative"
}

constant: generate_mail_primary_key {
  value: "id"
}

constant: generate_mail_country {
  value: "country"
}

constant: generate_mail_cohort {
  value: "cohort"
}

constant: generate_mail_table_name {
  value: "`bqml-demo-sudipto.bqml_llm.user_data`"
}
