package constant

const Llama31 = "llama3.1"
